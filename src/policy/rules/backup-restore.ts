import { arg, literal, menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/** Manual: Backup: loading a backup replaces the whole configuration and reboots. */
export const backupRestore: PolicyRule = {
  meta: {
    id: 'backup-restore',
    description: 'loading (restoring) a configuration backup',
    category: 'data-loss',
    severity: 'destructive',
    messages: {
      load: '/system backup load replaces the whole configuration with {file} and reboots: every change since that backup is lost',
    },
    advice: 'Save a backup of the current configuration first (`/system backup save name=before-restore`), and make sure the backup you load comes from this router model and keeps your management access.',
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) !== '/system/backup' || command.name !== 'load') continue;
      context.report({ messageId: 'load', command, data: { file: literal(arg(command, 'name')) ?? 'the backup' } });
    }
  },
};
