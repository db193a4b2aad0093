import { EXPORT_FIRST } from '../advice.js';
import { describeTargets, hasArg, isChangeVerb, menu, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

/** What each menu holds, for messages. */
const HOLDINGS: Readonly<Record<string, string>> = {
  '/file': 'file(s)',
  '/system/script': 'script(s)',
  '/system/scheduler': 'scheduled job(s)',
  '/certificate': 'certificate(s)',
};
/** Script and scheduler properties whose change loses nothing (the new code itself is checked as an embedded script). */
const HARMLESS_SCRIPT = new Set(['comment', 'name', 'source', 'policy', 'dont-require-permissions', 'owner', 'on-event', 'interval', 'start-time', 'start-date']);

/**
 * Removing files, scripts, scheduled jobs and certificates loses data that
 * may exist nowhere else (backups, keys); a removed certificate also takes
 * down the services that use it (www-ssl, api-ssl, VPNs). A removed scheduled
 * job may be the very revert that was meant to save you.
 */
export const dataRemoval: PolicyRule = {
  meta: {
    id: 'data-removal',
    description: 'removing files, scripts, scheduled jobs or certificates, overwriting files, formatting disks',
    category: 'data-loss',
    severity: 'destructive',
    messages: {
      remove: 'removes {what} {targets}: the data is gone, and whatever uses it stops working',
      disable: 'disables {what} {targets}: they stop running, which may be a backup or a scheduled revert',
      overwrite: 'overwrites the contents of file {targets}: the old contents are gone',
      format: 'formats disk {targets}: everything on it is erased',
      certificate: '{verb} on certificate(s) {targets}: HTTPS, API-SSL and VPNs using them stop working',
    },
    advice: `Download or export what you remove first (\`/file print\`, \`/system script export\`, \`/certificate export-certificate\`). ${EXPORT_FIRST}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      const data = { targets: describeTargets(command), verb: command.name, what: HOLDINGS[where] ?? 'item(s)' };
      if (command.path[0] === 'disk' && command.name.startsWith('format')) {
        context.report({ messageId: 'format', command, data });
        continue;
      }
      const what = HOLDINGS[where];
      if (what === undefined || !isChangeVerb(command.name)) continue;
      if (where === '/certificate') {
        if (command.name === 'set' && onlyHarmlessChanges(command, HARMLESS_SCRIPT)) context.examined(command);
        else context.report({ messageId: 'certificate', command, data });
      } else if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
      else if (command.name === 'disable' && where !== '/file') context.report({ messageId: 'disable', command, data });
      else if (where === '/file' && command.name === 'set' && hasArg(command, 'contents')) context.report({ messageId: 'overwrite', command, data });
      else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, HARMLESS_SCRIPT)) context.examined(command);
    }
  },
};
