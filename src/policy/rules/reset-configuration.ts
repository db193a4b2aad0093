import { menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/** Manual: System > Reset: reset-configuration wipes the configuration and reboots. */
export const resetConfiguration: PolicyRule = {
  meta: {
    id: 'reset-configuration',
    description: 'resetting the configuration',
    category: 'data-loss',
    severity: 'destructive',
    messages: {
      reset: '/system reset-configuration erases the whole configuration and reboots: remote access is lost unless a run-after-reset script restores it',
    },
    advice: 'Save a backup and an export first (`/system backup save name=before-reset`, `/export file=before-reset`) and download both; keep console or MAC WinBox access to the router.',
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) === '/system' && command.name === 'reset-configuration') context.report({ messageId: 'reset', command });
    }
  },
};
