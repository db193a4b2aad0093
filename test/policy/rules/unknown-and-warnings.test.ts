import { ruleTester } from '../rule-tester.js';

ruleTester('unknown-change', {
  valid: [
    // Lifting a limit, or turning a VPN server on, cuts nothing.
    '/queue simple remove [find name=cam]',
    '/queue simple disable [find target=192.168.88.50/32]',
    '/ip upnp set enabled=no',
    '/tool bandwidth-server set enabled=no',
    '/interface l2tp-server server set enabled=yes use-ipsec=yes ipsec-secret="s3cret-key"',
    // Read-only commands.
    '/ip firewall filter print where action=drop',
    '/interface print detail',
    '/ip route print',
    '/export file=config',
    '/ping 8.8.8.8 count=3',
    '/tool traceroute 8.8.8.8',
    '/interface monitor-traffic ether1 once',
    ':put [/system resource get uptime]',
    '/ip firewall filter reset-counters-all',
    // Plain adds of harmless things.
    '/ip dns static add name=nas.lan address=192.168.88.5',
    '/system logging add topics=firewall action=memory',
    '/queue simple add name=guest target=192.168.89.0/24 max-limit=10M/10M',
    // Settings known to be harmless.
    '/system identity set name=core-router',
    '/system clock set time-zone-name=Europe/Riga',
    '/system ntp client set enabled=yes servers=pool.ntp.org',
    '/ip dns set servers=1.1.1.1,9.9.9.9',
    '/ip dns cache flush',
    '/snmp set enabled=yes',
    '/ip neighbor discovery-settings set discover-interface-list=LAN',
    '/system note set note="Managed by NOC"',
    // Renames and comments anywhere.
    '/interface set ether1 name=wan',
    '/queue simple set guest comment="guest limit"',
    '/routing ospf instance set default name=backbone',
    '/ip upnp set enabled=yes',
    '/ip firewall connection tracking set enabled=yes',
    // Script commands.
    ':set counter 5',
    ':global greeting "hello"',
    ':local x [/ip address find interface=ether1]',
    ':log info "done"',
    ':delay 5s',
    // Covered by a specific rule, so the catch-all stays silent.
    '/ip address remove 0',
    '/system reboot',
  ],
  invalid: [
    { script: '/ip arp remove [find dynamic=no]', findings: [{ line: 1, message: 'remove in /ip arp is not known to be harmless' }], destructive: true },
    { script: '/queue simple set guest max-limit=1k/1k', findings: [{ line: 1, message: 'max-limit' }] },
    { script: '/routing ospf instance disable default', findings: [{ line: 1 }] },
    { script: '/routing bgp connection remove [find]', findings: [{ line: 1 }] },
    { script: '/routing table remove isp2', findings: [{ line: 1 }] },
    { script: '/ip firewall connection remove [find]', findings: [{ line: 1 }] },
    { script: '/ip firewall connection tracking set enabled=no', findings: [{ line: 1, message: 'enabled' }] },
    { script: '/ip arp remove [find dynamic=no]', findings: [{ line: 1 }] },
    { script: '/ip ipsec peer remove [find]', findings: [{ line: 1 }] },
    { script: '/ppp secret remove [find]', findings: [{ line: 1 }] },
    { script: '/ip hotspot disable 0', findings: [{ line: 1 }] },
    { script: '/interface ethernet set ether1 speed=100M-baseT-full auto-negotiation=no', findings: [{ line: 1, message: 'speed' }] },
    { script: '/system routerboard settings set boot-device=try-ethernet-once-then-nand', findings: [{ line: 1 }] },
    { script: '/ip settings set ip-forward=no', findings: [{ line: 1, message: 'ip-forward' }] },
    { script: '/ipv6 settings set disable-ipv6=yes', findings: [{ line: 1 }] },
    { script: '/interface ethernet switch port set ether2 vlan-mode=secure', findings: [{ line: 1 }] },
    { script: '/ip ssh set always-allow-password-login=no', findings: [{ line: 1 }] },
    { script: '/container remove 0', findings: [{ line: 1 }] },
    { script: '/ip firewall service-port disable sip', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=x on-event="/ip arp remove [find dynamic=no]"', findings: [{ line: 1, message: 'inside on-event of /system scheduler' }] },
    { script: '/tool netwatch remove [find]', findings: [{ line: 1 }] },
  ],
});

ruleTester('service-exposure', {
  valid: [
    '/ip firewall nat add chain=srcnat action=masquerade out-interface-list=WAN',
    '/ip firewall nat add chain=dstnat action=dst-nat dst-port=80 protocol=tcp to-addresses=192.168.88.10 disabled=yes',
    '/ip firewall filter add chain=input action=accept protocol=tcp dst-port=8291 in-interface-list=LAN',
    '/ip firewall filter add chain=input action=accept protocol=tcp dst-port=22 src-address-list=mgmt',
    '/ip firewall filter add chain=input action=accept protocol=udp dst-port=13231',
    '/ip upnp set enabled=no',
  ],
  invalid: [
    {
      script: '/ip firewall nat add chain=dstnat action=dst-nat in-interface-list=WAN protocol=tcp dst-port=3389 to-addresses=192.168.88.20',
      findings: [{ line: 1, severity: 'warning', message: 'forwards tcp port 3389 to 192.168.88.20' }],
      destructive: false,
    },
    { script: '/ip firewall nat add chain=dstnat action=dst-nat protocol=tcp dst-port=8080 to-addresses=192.168.88.10 to-ports=80', findings: [{ line: 1, message: '192.168.88.10:80' }] },
    { script: '/ip firewall nat add chain=dstnat action=netmap dst-address=203.0.113.0/24 to-addresses=192.168.88.0/24', findings: [{ line: 1 }] },
    { script: '/ip upnp set enabled=yes', findings: [{ line: 1, message: 'UPnP' }] },
    { script: '/ip firewall filter add chain=input action=accept protocol=tcp dst-port=8291', findings: [{ line: 1, message: '8291' }] },
    { script: '/ip firewall filter add chain=input action=accept protocol=tcp dst-port=22,80,443 in-interface-list=WAN', findings: [{ line: 1, message: '22,80,443' }] },
  ],
});

ruleTester('insecure-service', {
  valid: [
    '/ip service disable telnet',
    '/ip service enable ssh',
    '/ip service set www-ssl disabled=no certificate=webfig',
    '/ip proxy set enabled=no',
  ],
  invalid: [
    { script: '/ip service enable telnet', findings: [{ line: 1, severity: 'warning', message: 'telnet' }], destructive: false },
    { script: '/ip service set ftp disabled=no', findings: [{ line: 1, message: 'ftp' }] },
    { script: '/ip service set www disabled=no', findings: [{ line: 1, message: 'www' }] },
    { script: '/ip service enable api', findings: [{ line: 1 }] },
    { script: '/ip service enable telnet,ssh', findings: [{ line: 1, message: 'enables telnet, which' }] },
    { script: '/ip proxy set enabled=yes', findings: [{ line: 1, message: 'web proxy' }] },
    { script: '/ip socks set enabled=yes', findings: [{ line: 1, message: 'SOCKS' }], destructive: false },
  ],
});

ruleTester('weak-password', {
  valid: [
    '/user add name=alice group=full password=Very-Long-Random-Passphrase-7',
    '/user set alice password=$newPassword',
    '/interface wifi security add name=home passphrase=correct-horse-battery-staple',
    '/ppp secret add name=bob password=Xk3-b9Qz-77pL service=l2tp',
    '/ip ipsec identity add peer=site-b auth-method=pre-shared-key secret="Long-Shared-Secret-1"',
  ],
  invalid: [
    { script: '/user add name=bob group=read password=abc', findings: [{ line: 1, severity: 'warning', message: 'shorter than 10' }], destructive: false },
    { script: '/user add name=bob group=full', findings: [{ line: 1, message: 'without a password' }] },
    { script: '/user add name=bob group=full password=""', findings: [{ line: 1, message: 'empty' }] },
    { script: '/user set admin password=mikrotik', findings: [{ line: 1, message: 'well-known' }] },
    { script: '/user add name=monitor group=read password="monitor2024!"', findings: [{ line: 1, message: 'contains the name' }] },
    { script: '/user set admin password=aaaaaaaaaaaa', findings: [{ line: 1, message: 'repeats' }] },
    { script: '/ppp secret add name=vpn password=12345678 service=l2tp', findings: [{ line: 1 }] },
    { script: '/interface wifi security add name=home passphrase=password', findings: [{ line: 1 }] },
    { script: '/interface wifi set wifi1 security.passphrase=12345678', findings: [{ line: 1, rule: 'wifi-change' }, { line: 1 }] },
    { script: '/interface wireless security-profiles add name=p wpa2-pre-shared-key=short123', findings: [{ line: 1 }] },
    { script: '/ip ipsec identity add peer=site-b auth-method=pre-shared-key secret=S3cret', findings: [{ line: 1, severity: 'warning', message: 'shorter than 10' }], destructive: false },
    { script: '/interface l2tp-server server set enabled=yes use-ipsec=required ipsec-secret=secret', findings: [{ line: 1, message: 'well-known' }], destructive: false },
  ],
});

ruleTester('dns-remote-requests', {
  valid: [
    '/ip dns set servers=1.1.1.1',
    '/ip dns set allow-remote-requests=no',
    '/ip dns set allow-remote-requests=yes\n/ip firewall filter add chain=input action=drop in-interface-list=!LAN',
    '/ip dns set allow-remote-requests=yes\n/ip firewall filter add chain=input protocol=udp dst-port=53 in-interface-list=WAN action=drop',
    '/ip dns set allow-remote-requests=yes\n/ip firewall raw add chain=prerouting protocol=udp dst-port=53,123 in-interface-list=WAN action=drop',
  ],
  invalid: [
    { script: '/ip dns set allow-remote-requests=yes', findings: [{ line: 1, severity: 'warning', message: 'open resolver' }], destructive: false },
    { script: '/ip dns set servers=1.1.1.1 allow-remote-requests=yes', findings: [{ line: 1 }] },
    { script: '/ip dns set allow-remote-requests=yes\n/ip firewall filter add chain=input action=drop protocol=tcp dst-port=22', findings: [{ line: 1 }, { rule: 'firewall-drop', line: 2 }] },
    { script: '/ip dns set allow-remote-requests=yes\n/ip firewall filter add chain=input action=drop in-interface-list=!LAN disabled=yes', findings: [{ line: 1 }] },
  ],
});
