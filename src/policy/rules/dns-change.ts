import { SAFE_MODE } from '../advice.js';
import { arg, bool, literal, menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Names of every kind a LAN resolves: a static entry whose regexp matches all
 * of them answers every query itself. RouterOS regexps are POSIX; the forms
 * people write (`.*`, `.`, `^.+$`, `[a-z]`) mean the same in JavaScript.
 */
const SAMPLE_NAMES = ['mikrotik.com', 'upgrade.mikrotik.com', 'www.google.com', 'example.org', 'a.b.c.example.net', 'router.lan', 'x.io', 'localhost'];

/** Whether a static entry's regexp matches every sample name; null when it cannot be read as a regexp. */
export function matchesEverything(pattern: string): boolean | null {
  let regexp: RegExp;
  try {
    regexp = new RegExp(pattern);
  } catch {
    return null;
  }
  return SAMPLE_NAMES.every((name) => regexp.test(name));
}

/**
 * Manual: IP > DNS. With allow-remote-requests=no the router stops answering
 * DNS for the LAN, and a default-configuration router hands itself out as the
 * LAN's DNS server over DHCP, so every client loses name resolution. A static
 * entry whose regexp matches every name answers every query with its own
 * address (or forwards every query to one server).
 */
export const dnsChange: PolicyRule = {
  meta: {
    id: 'dns-change',
    description: 'turning off the DNS server the LAN uses, sending every lookup to one DNS-over-HTTPS server, and static DNS entries that match every name',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remoteOff: 'sets allow-remote-requests={value} in /ip dns: the router stops answering DNS for other devices, and LAN clients that got the router as their DNS server over DHCP (the default configuration) lose name resolution',
      everything: 'adds a static DNS entry whose regexp {regexp} matches every name: every lookup through the router gets {answer}, so clients reach nothing by name',
      unreadable: 'adds a static DNS entry whose regexp {regexp} cannot be read here: it may match every name',
      doh: 'sets use-doh-server={server} in /ip dns: every lookup then goes to that DNS-over-HTTPS server only (the plain servers just resolve its name), so if it is unreachable{verify} the router and every LAN client using it lose name resolution',
    },
    advice: `Before switching to DNS over HTTPS, import the CA that signs the server's certificate (\`/tool fetch\` it, then \`/certificate import\`) and test a lookup. Before turning the resolver off, point the DHCP server's dns-server at another resolver (\`/ip dhcp-server network set [find] dns-server=...\`). Anchor static regexps to the names meant (\`^ads\\\\.example\\\\.com$\`). ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (where === '/ip/dns' && command.name === 'set') {
        const value = arg(command, 'allow-remote-requests');
        if (value !== undefined && bool(value) !== true) context.report({ messageId: 'remoteOff', command, data: { value: literal(value) ?? '(computed)' } });
        const doh = arg(command, 'use-doh-server');
        const server = doh === undefined ? undefined : literal(doh);
        if (doh !== undefined && server !== '') {
          const verify = bool(arg(command, 'verify-doh-cert')) === true ? ', or its certificate is not signed by a CA imported into the router (verify-doh-cert=yes),' : '';
          context.report({ messageId: 'doh', command, data: { server: server === null ? '(computed)' : `"${server}"`, verify } });
        }
        continue;
      }
      if (where !== '/ip/dns/static' || (command.name !== 'add' && command.name !== 'set') || bool(arg(command, 'disabled')) === true) continue;
      const value = arg(command, 'regexp');
      if (value === undefined) continue;
      const regexp = literal(value);
      const answer = literal(arg(command, 'forward-to')) !== null && arg(command, 'forward-to') !== undefined ? `forwarded to ${literal(arg(command, 'forward-to'))}` : `the answer ${literal(arg(command, 'address')) ?? literal(arg(command, 'cname')) ?? literal(arg(command, 'type')) ?? 'of this entry'}`;
      const everything = regexp === null ? null : matchesEverything(regexp);
      if (everything === null) context.report({ messageId: 'unreadable', command, data: { regexp: regexp === null ? '(computed)' : `"${regexp}"` } });
      else if (everything) context.report({ messageId: 'everything', command, data: { regexp: `"${regexp}"`, answer } });
    }
  },
};
