import { ruleTester } from '../rule-tester.js';

ruleTester('data-removal', {
  valid: [
    '/file print',
    '/system script add name=hello source=":log info hello"',
    '/system script set hello source=":log info hi"',
    '/system script set hello comment=greeting',
    '/system scheduler add name=hello interval=1h on-event=":log info hi"',
    '/system scheduler set hello interval=2h',
    '/certificate add name=ca common-name=ca',
    '/certificate print',
    ':put "/file remove backup.backup"',
  ],
  invalid: [
    { script: '/file remove before-change.backup', findings: [{ line: 1, message: 'removes file(s) before-change.backup' }], destructive: true },
    { script: '/file remove [find type=backup]', findings: [{ line: 1 }] },
    { script: '/file remove "flash/old.rsc"', findings: [{ line: 1 }] },
    { script: '/file set note.txt contents=""', findings: [{ line: 1, message: 'overwrites' }] },
    { script: '/system script remove [find name=backup]', findings: [{ line: 1, message: 'script(s)' }] },
    { script: '/system scheduler remove revert', findings: [{ line: 1, message: 'scheduled job(s)' }] },
    { script: '/system scheduler disable nightly-backup', findings: [{ line: 1, message: 'disables' }] },
    { script: '/certificate remove [find name=webfig]', findings: [{ line: 1, message: 'certificate' }] },
    { script: '/certificate revoke 0', findings: [{ line: 1 }] },
    { script: '/disk format-drive disk1', findings: [{ line: 1, message: 'formats disk' }] },
    { script: '/disk format-drive disk1 file-system=ext4', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=cleanup interval=1d on-event="/file remove [find type=backup]"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('script-run', {
  valid: [
    '/system script add name=hello source=":log info hello"\n/system script run hello',
    '/system script add name=hello source=":log info hello"\n/system scheduler add name=h interval=1h on-event=hello',
    '/system script print',
    '/export file=config',
    ':put "/import file-name=setup.rsc"',
    // Two scripts that run each other, and nothing else: a loop, but nothing destructive.
    '/system script add name=a source="/system script run b"\n/system script add name=b source="/system script run a"\n/system script run a',
  ],
  invalid: [
    { script: '/system script run cleanup', findings: [{ line: 1, message: 'does not define' }], destructive: true },
    { script: '/system script run [find name=cleanup]', findings: [{ line: 1, message: 'cleanup' }] },
    { script: '/system script run 0', findings: [{ line: 1, message: 'cannot be identified' }] },
    { script: '/system script run $name', findings: [{ line: 1 }] },
    {
      script: '/system script add name=restart source="/system reboot"\n/system script run restart',
      findings: [{ rule: 'system-reboot', line: 1, message: 'inside source of /system script' }, { line: 2, message: 'destructive commands' }],
    },
    {
      script: '/system script add name=restart source="/system reboot"\n/system scheduler add name=nightly interval=1d on-event=restart',
      findings: [{ rule: 'system-reboot', line: 1 }, { line: 2, message: 'inside on-event of /system scheduler' }],
    },
    { script: '/system scheduler add name=nightly interval=1d on-event=nightly-job', findings: [{ line: 1, message: 'nightly-job' }] },
    { script: '/system scheduler add name=nightly interval=1d on-event="nightly-job"', findings: [{ line: 1, message: 'does not define' }] },
    { script: '/import file-name=setup.rsc', findings: [{ line: 1, message: 'imports setup.rsc' }] },
    { script: '/import setup.rsc', findings: [{ line: 1, message: 'setup.rsc' }] },
    { script: ':execute "/system script run cleanup"', findings: [{ line: 1, message: 'inside :execute' }] },
    {
      script: '/system script add name=a source="/system script run b"\n/system script run a',
      findings: [{ line: 1, message: 'runs script b, which this text does not define' }, { line: 2, message: 'runs script a, which contains destructive commands' }],
    },
  ],
});

ruleTester('uninspectable-script', {
  valid: [
    '/system scheduler add name=x interval=1h on-event=":log info tick"',
    '/system script add name=x source=":log info \\$x"',
    ':execute ":log info hi"',
    ':put $x',
    '/tool netwatch add host=1.1.1.1 down-script=":log warning down"',
  ],
  invalid: [
    { script: '/system scheduler add name=x on-event=$code', findings: [{ line: 1, message: 'computed at run time' }], destructive: true },
    { script: '/system script add name=x source=[/file get setup.rsc contents]', findings: [{ line: 1, message: 'source of /system script' }] },
    { script: ':execute $code', findings: [{ line: 1, message: ':execute' }] },
    { script: ':execute [:tostr $x]', findings: [{ line: 1 }] },
    { script: ':parse $code', findings: [{ line: 1, message: ':parse' }] },
    { script: ':execute script=$code', findings: [{ line: 1, message: ':execute' }] },
    { script: '/system script add name=x source=$src', findings: [{ line: 1, message: 'source of /system script' }] },
    { script: '/ip dhcp-server add name=lan interface=bridge lease-script=$hook', findings: [{ line: 1, message: 'lease-script of /ip dhcp-server' }] },
    { script: '/tool netwatch add host=1.1.1.1 down-script=[/file get hook.rsc contents]', findings: [{ line: 1, message: 'down-script of /tool netwatch' }] },
  ],
});

ruleTester('unparsed-statement', {
  allowSyntaxErrors: true,
  valid: [
    '/ip address print',
    ':put "{ not code }"',
    '/system script add name=x source="{ /system reboot }"',
  ],
  invalid: [
    { script: '/ip firewall filter add chain=input action=accept comment="unterminated', findings: [{ line: 1, message: 'could not be read' }], destructive: true },
    { script: '/ip address print\n/ip address remove [find interface=ether1', findings: [{ line: 2 }] },
    { script: '/ip address remove [find interface=ether1]]', findings: [{ line: 1 }] },
    { script: '/interface disable ether1 )', findings: [{ line: 1 }] },
    { script: '/ip address print\n/system reboot }', findings: [{ line: 2 }] },
  ],
});
