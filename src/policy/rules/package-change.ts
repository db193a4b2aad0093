import { EXPORT_FIRST } from '../advice.js';
import { describeTargets, menu } from '../args.js';
import type { PolicyRule } from '../types.js';

const PACKAGE_ACTIONS: Readonly<Record<string, string>> = {
  downgrade: 'downgrade',
  enable: 'enable',
  disable: 'disable',
  uninstall: 'uninstall',
  'apply-changes': 'apply',
};

/**
 * Manual: Packages. Installing, downgrading, enabling or disabling packages
 * reboots the router, and a disabled package takes its features (wireless,
 * container...) and their configuration away.
 */
export const packageChange: PolicyRule = {
  meta: {
    id: 'package-change',
    description: 'installing, upgrading, downgrading, enabling, disabling or uninstalling RouterOS packages',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      install: '/system package update install installs the downloaded RouterOS version and reboots the router',
      downgrade: '/system package downgrade installs an older RouterOS version and reboots: newer configuration may be lost',
      enable: 'enables package {packages}: it takes effect on the next reboot, which RouterOS may start at once',
      disable: 'disables package {packages}: after the reboot its interfaces and features are gone',
      uninstall: 'uninstalls package {packages}: after the reboot its interfaces and configuration are gone',
      apply: 'applies scheduled package changes, which reboots the router',
    },
    advice: `Check the release notes, keep Netinstall ready, and do it when an outage is acceptable. ${EXPORT_FIRST}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (where === '/system/package/update') {
        if (command.name === 'install') context.report({ messageId: 'install', command });
        else context.examined(command);
      } else if (where === '/system/package') {
        const messageId = PACKAGE_ACTIONS[command.name];
        if (messageId) context.report({ messageId, command, data: { packages: describeTargets(command) } });
      }
    }
  },
};
