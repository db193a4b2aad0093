import { ruleTester } from '../rule-tester.js';

ruleTester('ip-address-change', {
  valid: [
    '/ip address add address=192.168.1.254/16 interface=ether2',
    '/ip address add address=192.168.88.254/32 interface=vrrp10',
    '/ip address add address=10.0.0.1/24 interface=ether2',
    '/ip address add address=192.168.88.1/24 interface=bridge',
    '/ip address print',
    '/ip address print where interface=ether1',
    '/ip address set [find address="192.168.88.1/24"] comment=lan',
    '/ipv6 address add address=2001:db8::1/64 interface=bridge',
    '/ip address enable 0',
  ],
  invalid: [
    { script: '/ip address add address=192.168.88.1/24 interface=ether1', findings: [{ line: 1, message: 'inside 192.168.88.0/24' }], destructive: true },
    { script: '/ip address add address=192.168.88.129/25 interface=ether3', findings: [{ line: 1, message: 'two connected routes' }], destructive: true },
    { script: '/ip address remove 0', findings: [{ line: 1, severity: 'destructive' }], destructive: true },
    { script: '/ip address remove [find interface=ether1]', findings: [{ line: 1, message: '[find interface=ether1]' }] },
    { script: '/ip address remove numbers=0', findings: [{ line: 1 }] },
    { script: '/ip address disable [find address="192.168.88.1/24"]', findings: [{ line: 1, message: 'disables' }] },
    { script: '/ip address set 0 address=10.0.0.1/24', findings: [{ line: 1, message: 'changes address' }] },
    { script: '/ip address set 0 interface=ether2', findings: [{ line: 1, message: 'interface' }] },
    { script: '/ip address set 0 disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/ipv6 address remove [find]', findings: [{ line: 1 }] },
    { script: '/ipv6 address set 0 advertise=no', findings: [{ line: 1 }] },
    { script: '/ip address\nremove [find dynamic=no]', findings: [{ line: 2 }] },
    { script: '/system scheduler add name=x on-event="/ip address remove [find interface=ether1]"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('route-change', {
  valid: [
    '/ip route add dst-address=10.10.0.0/16 gateway=192.168.88.2',
    '/ip route add dst-address=0.0.0.0/0 gateway=192.168.1.1 disabled=yes',
    '/ip route print where dst-address=0.0.0.0/0',
    '/ip route set [find gateway=10.0.0.1] comment=backup',
    '/ipv6 route add dst-address=2001:db8:1::/48 gateway=fe80::1%ether1',
    ':put "/ip route add gateway=1.1.1.1"',
    '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1 routing-table=isp2',
    '/ip route add dst-address=10.0.0.0/8 blackhole routing-table=lab',
  ],
  invalid: [
    { script: '/ip route add dst-address=192.168.50.0/24 blackhole', findings: [{ line: 1, message: 'blackhole route for 192.168.50.0/24' }] },
    { script: '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1 routing-table=main', findings: [{ line: 1, message: 'default route' }] },
    { script: '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1', findings: [{ line: 1, message: 'adds a default route (0.0.0.0/0) via 10.0.0.1' }], destructive: true },
    { script: '/ip route add gateway=10.0.0.1', findings: [{ line: 1, message: 'default route' }] },
    { script: '/ip route add dst-address="0.0.0.0/0" gateway=10.0.0.1 distance=2', findings: [{ line: 1 }] },
    { script: '/ipv6 route add dst-address=::/0 gateway=fe80::1%ether1', findings: [{ line: 1, message: '::/0' }] },
    { script: '/ipv6 route add gateway=2001:db8::1', findings: [{ line: 1, message: '::/0' }] },
    { script: '/ip route add dst-address=$net gateway=10.0.0.1', findings: [{ line: 1, message: 'computed' }] },
    { script: '/ip route remove [find dst-address=0.0.0.0/0]', findings: [{ line: 1, message: 'removes route' }] },
    { script: '/ip route disable [find gateway=10.0.0.1]', findings: [{ line: 1 }] },
    { script: '/ip route set [find dst-address=0.0.0.0/0] gateway=10.0.0.254', findings: [{ line: 1, message: 'gateway' }] },
    { script: '/ip route set 0 distance=5', findings: [{ line: 1 }] },
    { script: '/ip route set 0 disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/ipv6 route remove 0', findings: [{ line: 1 }] },
    { script: '/tool netwatch add host=1.1.1.1 down-script="/ip route disable [find comment=\\"isp1\\"]"', findings: [{ line: 1, message: 'inside down-script of /tool netwatch' }] },
  ],
});

ruleTester('client-default-route', {
  valid: [
    '/ip dhcp-client add interface=ether1 add-default-route=no',
    '/ip dhcp-client add interface=ether1 disabled=yes',
    '/interface pppoe-client add name=pppoe-out1 interface=ether1 user=isp password=secret1234',
    '/interface pppoe-client add name=pppoe-out1 interface=ether1 add-default-route=no',
    '/ip dhcp-client print',
  ],
  invalid: [
    { script: '/ip dhcp-client add interface=ether1', findings: [{ line: 1, message: 'DHCP client on ether1' }] },
    { script: '/ip dhcp-client add interface=ether1 disabled=no add-default-route=yes', findings: [{ line: 1 }] },
    { script: '/ipv6 dhcp-client add interface=ether1 request=prefix', findings: [{ line: 1 }] },
    { script: '/interface pppoe-client add name=pppoe-out1 interface=ether1 add-default-route=yes', findings: [{ line: 1, message: 'add-default-route=yes' }] },
    { script: '/interface l2tp-client add name=vpn connect-to=203.0.113.1 add-default-route=yes', findings: [{ line: 1 }] },
    { script: '/system scheduler add name=wan on-event="/ip dhcp-client add interface=ether1"', findings: [{ line: 1, message: 'inside on-event' }] },
  ],
});

ruleTester('dhcp-change', {
  valid: [
    '/ip dhcp-server add name=d2 interface=ether2 address-pool=p2',
    '/ip dhcp-client add interface=ether1 disabled=no',
    '/ip dhcp-client renew 0',
    '/ip dhcp-client print',
    '/ip dhcp-client set 0 comment=isp',
    '/ip dhcp-server add name=lan interface=bridge address-pool=lan-pool',
    '/ip dhcp-server network add address=192.168.88.0/24 gateway=192.168.88.1',
    '/ip dhcp-server lease add address=192.168.88.20 mac-address=AA:BB:CC:DD:EE:FF',
    '/ip dhcp-server lease make-static [find]',
    '/ip dhcp-server set [find name=lan] lease-time=8h',
  ],
  invalid: [
    { script: '/ip dhcp-server add name=d1 interface=ether1 address-pool=p1', findings: [{ line: 1, message: 'DHCP server on ether1' }], destructive: true },
    { script: '/ip dhcp-server add name=d1 interface=wan-isp address-pool=p1', findings: [{ line: 1, message: 'faces the internet' }], destructive: true },
    { script: '/ip dhcp-client remove [find interface=ether1]', findings: [{ line: 1, message: 'DHCP client' }] },
    { script: '/ip dhcp-client disable 0', findings: [{ line: 1 }] },
    { script: '/ip dhcp-client release 0', findings: [{ line: 1, message: 'release' }] },
    { script: '/ip dhcp-client set 0 add-default-route=no', findings: [{ line: 1, message: 'add-default-route' }] },
    { script: '/ip dhcp-client set [find interface=ether1] use-peer-dns=no default-route-distance=5', findings: [{ line: 1 }] },
    { script: '/ipv6 dhcp-client remove 0', findings: [{ line: 1 }] },
    { script: '/ip dhcp-server remove [find name=lan]', findings: [{ line: 1 }] },
    { script: '/ip dhcp-server disable lan', findings: [{ line: 1 }] },
    { script: '/ip dhcp-server set lan address-pool=other', findings: [{ line: 1, message: 'address-pool' }] },
    { script: '/ip dhcp-server network remove 0', findings: [{ line: 1 }] },
    { script: '/ip dhcp-server network set 0 gateway=192.168.88.254', findings: [{ line: 1 }] },
    { script: '/ip dhcp-server lease remove [find dynamic=no]', findings: [{ line: 1 }] },
    { script: '/ipv6 dhcp-server remove 0', findings: [{ line: 1 }] },
    { script: '/ip dhcp-client set 0 disabled=yes', findings: [{ line: 1 }] },
  ],
});

ruleTester('ip-pool-change', {
  valid: [
    '/ip pool add name=lan-pool ranges=192.168.88.10-192.168.88.254',
    '/ip pool print',
    '/ip pool set lan-pool comment="main pool"',
    '/ip pool set lan-pool name=main-pool',
  ],
  invalid: [
    { script: '/ip pool remove lan-pool', findings: [{ line: 1, message: 'lan-pool' }] },
    { script: '/ip pool remove [find]', findings: [{ line: 1 }] },
    { script: '/ip pool set lan-pool ranges=10.0.0.10-10.0.0.20', findings: [{ line: 1, message: 'ranges' }] },
    { script: '/ipv6 pool remove 0', findings: [{ line: 1 }] },
    { script: '/ipv6 pool set 0 prefix-length=64', findings: [{ line: 1 }] },
  ],
});
