import { ruleTester } from '../rule-tester.js';

ruleTester('system-reboot', {
  valid: [
    ':put "/system reboot"',
    '/system identity set name=reboot',
    '/system scheduler add name=reboot interval=1d on-event="/log info hello"',
    '/system resource print',
    ':log info "about to /system reboot"',
    '/system script add name=note source=":put \\"/system reboot\\""',
  ],
  invalid: [
    { script: '/system reboot', findings: [{ line: 1, severity: 'destructive' }], destructive: true },
    { script: '/system/reboot', findings: [{ line: 1 }] },
    { script: '/system shutdown', findings: [{ line: 1, message: 'powers the router off' }] },
    { script: '/system\nreboot', findings: [{ line: 2 }] },
    { script: '/ip address add address=10.0.0.1/24 interface=ether2\n/system reboot', findings: [{ line: 2 }] },
    { script: ':execute "/system reboot"', findings: [{ line: 1, message: 'inside :execute' }] },
    { script: ':execute script="/system reboot"', findings: [{ line: 1, message: 'inside :execute' }] },
    { script: ':execute ("/system reboot")', findings: [{ line: 1 }] },
    { script: ':put [/system reboot]', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=nightly start-time=03:00:00 interval=1d on-event="/system reboot"', findings: [{ line: 1, message: 'inside on-event of /system scheduler' }] },
    { script: '/system scheduler add name=off on-event="/log info bye; /system shutdown"', findings: [{ line: 1, message: 'inside on-event of /system scheduler' }] },
    { script: '/system scheduler set nightly on-event="/system reboot"', findings: [{ line: 1 }] },
    { script: '/system script add name=restart source="/system reboot"', findings: [{ line: 1, message: 'inside source of /system script' }] },
    { script: '/tool netwatch add host=8.8.8.8 down-script="/system reboot"', findings: [{ line: 1, message: 'inside down-script of /tool netwatch' }] },
    { script: '/tool netwatch add host=8.8.8.8 up-script="/system reboot"', findings: [{ line: 1, message: 'up-script' }] },
    { script: '/ip dhcp-server add name=lan interface=bridge lease-script="/system reboot"', findings: [{ line: 1, message: 'lease-script' }] },
    { script: '/ip dhcp-client add interface=ether1 script="/system reboot"', findings: [{ line: 1, message: 'script of /ip dhcp-client' }] },
    { script: '/ppp profile add name=vpn on-up="/system reboot"', findings: [{ line: 1, message: 'on-up' }] },
    { script: '/tool netwatch add host=8.8.8.8 down-script=":execute \\"/system reboot\\""', findings: [{ line: 1, message: 'inside :execute in down-script of /tool netwatch' }] },
    { script: ':global later [:parse "/system reboot"]', findings: [{ line: 1, message: ':parse' }] },
    { script: '/system scheduler add name=a on-event="/system script add name=b source=\\"/system reboot\\""', findings: [{ line: 1, message: 'inside source of /system script in on-event of /system scheduler' }] },
  ],
});

ruleTester('reset-configuration', {
  valid: [
    ':put "/system reset-configuration"',
    '/system backup save name=before-reset',
    '/export file=before-reset',
  ],
  invalid: [
    { script: '/system reset-configuration', findings: [{ line: 1 }], destructive: true },
    { script: '/system reset-configuration no-defaults=yes skip-backup=yes', findings: [{ line: 1 }] },
    { script: '/system reset-configuration keep-users=yes run-after-reset=flash/setup.rsc', findings: [{ line: 1 }] },
    { script: '/system/reset-configuration', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=wipe on-event="/system reset-configuration no-defaults=yes"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('backup-restore', {
  valid: [
    '/system backup save name=nightly',
    '/system backup save name=nightly password=Long-Random-Secret-42',
    ':put "/system backup load name=x.backup"',
  ],
  invalid: [
    { script: '/system backup load name=old.backup', findings: [{ line: 1, message: 'old.backup' }] },
    { script: '/system backup load name=old.backup password=secret', findings: [{ line: 1 }] },
    { script: '/system/backup/load name=old.backup', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=revert interval=10m on-event="/system backup load name=before-change.backup"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('package-change', {
  valid: [
    '/system package update check-for-updates',
    '/system package update download',
    '/system package update set channel=long-term',
    '/system package print',
  ],
  invalid: [
    { script: '/system package update install', findings: [{ line: 1 }] },
    { script: '/system package update\ninstall', findings: [{ line: 2 }] },
    { script: '/system package update check-for-updates\n/system package update install', findings: [{ line: 2 }] },
    { script: '/system package downgrade', findings: [{ line: 1 }] },
    { script: '/system package disable wireless', findings: [{ line: 1, message: 'wireless' }] },
    { script: '/system package enable container', findings: [{ line: 1 }] },
    { script: '/system package uninstall wireless', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=upd start-time=04:00:00 interval=7d on-event="/system package update install"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('firmware-upgrade', {
  valid: [
    '/system routerboard print',
    '/system routerboard settings set auto-upgrade=yes',
  ],
  invalid: [
    { script: '/system routerboard upgrade', findings: [{ line: 1 }] },
    { script: '/system package update install\n/system routerboard upgrade', findings: [{ line: 1, rule: 'package-change' }, { line: 2 }] },
  ],
});
