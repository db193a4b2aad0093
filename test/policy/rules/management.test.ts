import { ruleTester } from '../rule-tester.js';

ruleTester('management-service', {
  valid: [
    '/ip service disable telnet',
    '/ip service disable telnet,ftp',
    '/ip service set telnet disabled=yes',
    '/ip service set ftp disabled=yes',
    '/ip service set [find name=telnet] disabled=yes',
    '/ip service set ssh disabled=no',
    '/ip service enable ssh',
    '/ip service set winbox comment="keep open"',
    '/ip service print',
    '/ip service unset ssh address',
    '/ip service set telnet address=10.0.0.0/8',
  ],
  invalid: [
    { script: '/ip service disable ssh', findings: [{ line: 1, message: 'disables ssh' }], destructive: true },
    { script: '/ip service disable winbox', findings: [{ line: 1 }] },
    { script: '/ip service disable telnet,ftp,www,api', findings: [{ line: 1, message: 'disables www, api' }] },
    { script: '/ip service set www disabled=yes', findings: [{ line: 1 }] },
    { script: '/ip service set [find name=www-ssl] disabled=yes', findings: [{ line: 1, message: 'www-ssl' }] },
    { script: '/ip service set [find where name="api-ssl"] disabled=yes', findings: [{ line: 1, message: 'api-ssl' }] },
    { script: '/ip service set ssh port=2222', findings: [{ line: 1, message: 'moves ssh to port 2222' }] },
    { script: '/ip service set winbox port=18291', findings: [{ line: 1 }] },
    { script: '/ip service set ssh address=192.168.88.0/24', findings: [{ line: 1, message: 'limits ssh to 192.168.88.0/24' }] },
    { script: '/ip service set winbox,ssh address=10.0.0.0/8,192.168.88.0/24', findings: [{ line: 1 }] },
    { script: '/ip service unset ssh port', findings: [{ line: 1 }] },
    { script: '/ip service set www-ssl certificate=new-cert', findings: [{ line: 1, message: 'certificate' }] },
    { script: '/ip service set 2 disabled=yes', findings: [{ line: 1, message: 'cannot be identified' }] },
    { script: '/ip service set [find] disabled=yes', findings: [{ line: 1, message: 'cannot be identified' }] },
    { script: '/ip service disable [find where name~"ss"]', findings: [{ line: 1, message: 'cannot be identified' }] },
    { script: '/ip service\nset ssh port=2200', findings: [{ line: 2 }] },
    { script: '/system scheduler add name=x on-event="/ip service disable winbox"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('mac-access', {
  valid: [
    '/tool mac-server print',
    '/tool mac-server set allowed-interface-list=all',
    '/tool mac-server mac-winbox set allowed-interface-list=all',
    '/tool mac-server ping set enabled=yes',
  ],
  invalid: [
    { script: '/tool mac-server set allowed-interface-list=none', findings: [{ line: 1, message: 'allowed-interface-list' }], destructive: true },
    { script: '/tool mac-server set allowed-interface-list=LAN', findings: [{ line: 1 }] },
    { script: '/tool mac-server mac-winbox set allowed-interface-list=none', findings: [{ line: 1, message: '/tool mac-server mac-winbox' }] },
    { script: '/tool mac-server ping set enabled=no', findings: [{ line: 1 }] },
    { script: '/tool mac-server sessions remove [find]', findings: [{ line: 1 }] },
  ],
});

ruleTester('user-change', {
  valid: [
    '/user add name=alice group=full password=Very-Long-Random-Passphrase-7',
    '/user set alice group=full',
    '/user set alice comment="network admin"',
    '/user print',
    '/user group add name=monitor policy=read,test,winbox',
    '/user unset alice address',
    '/user ssh-keys private import private-key-file=id_ed25519',
  ],
  invalid: [
    { script: '/user remove admin', findings: [{ line: 1, message: 'removes user(s) admin' }], destructive: true },
    { script: '/user remove [find name=admin]', findings: [{ line: 1 }] },
    { script: '/user disable admin', findings: [{ line: 1, message: 'disables' }] },
    { script: '/user set admin disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/user set admin group=read', findings: [{ line: 1, message: 'group read' }] },
    { script: '/user set [find name=admin] group=write', findings: [{ line: 1 }] },
    { script: '/user set admin address=192.168.88.0/24', findings: [{ line: 1, message: '192.168.88.0/24' }] },
    { script: '/user group set full policy=read,write', findings: [{ line: 1 }] },
    { script: '/user group remove operators', findings: [{ line: 1 }] },
    { script: '/user ssh-keys remove [find user=admin]', findings: [{ line: 1, message: 'SSH keys' }] },
    { script: '/user ssh-keys import public-key-file=admin.pub user=admin', findings: [{ line: 1, message: 'always-allow-password-login' }] },
    { script: '/user set alice password=Another-Long-Random-Passphrase-8', findings: [{ line: 1, message: 'old password is refused' }] },
    { script: '/user set admin name=root', findings: [{ line: 1, message: 'logins with the old name' }] },
    { script: '/system scheduler add name=x on-event="/user remove admin"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});
