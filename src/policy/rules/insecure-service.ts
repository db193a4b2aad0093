import { arg, bool, menu, setsDisabled, targetNames } from '../args.js';
import type { PolicyRule } from '../types.js';
import { ipServicesWhere } from '../../../grammar/routeros/services.js';

/** Services that send passwords in clear text. */
const PLAINTEXT = new Set(ipServicesWhere((s) => s.plaintext));
const PROXIES: Readonly<Record<string, string>> = { '/ip/proxy': 'web proxy', '/ip/socks': 'SOCKS proxy' };

/** Enabling unencrypted management, or a proxy that the whole internet may use. */
export const insecureService: PolicyRule = {
  meta: {
    id: 'insecure-service',
    description: 'enabling unencrypted management services (telnet, ftp, www, api) or proxies',
    category: 'security',
    severity: 'warning',
    messages: {
      plaintext: 'enables {services}, which send passwords unencrypted',
      proxy: 'enables the {proxy}: without a firewall rule limiting it to the LAN it becomes an open proxy for the internet',
    },
    advice: 'Use ssh, winbox, www-ssl or api-ssl instead, or at least limit the service with address= to your management network.',
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      const proxy = PROXIES[where];
      if (proxy !== undefined) {
        if (command.name === 'set' && bool(arg(command, 'enabled')) === true) context.report({ messageId: 'proxy', command, data: { proxy } });
        continue;
      }
      if (where !== '/ip/service') continue;
      const enables = command.name === 'enable' || (command.name === 'set' && arg(command, 'disabled') !== undefined && !setsDisabled(command));
      if (!enables) continue;
      const plaintext = (targetNames(command) ?? []).filter((n) => PLAINTEXT.has(n));
      if (plaintext.length > 0) context.report({ messageId: 'plaintext', command, data: { services: plaintext.join(', ') } });
    }
  },
};
