import { ruleTester } from '../rule-tester.js';

ruleTester('interface-change', {
  valid: [
    '/interface set ether1 name=wan',
    '/interface set [find default-name=ether1] name=wan comment="to ISP"',
    '/interface ethernet set [find default-name=ether1] name=wan',
    '/interface enable ether5',
    '/interface set ether5 disabled=no',
    '/interface print',
    '/interface monitor-traffic ether1 once',
    '/interface ethernet reset-counters ether1',
    '/interface wireguard add name=wg0 listen-port=13231',
    '/interface set ether1 arp=enabled',
  ],
  invalid: [
    { script: '/interface disable ether1', findings: [{ line: 1, message: 'disables interface(s) ether1' }], destructive: true },
    { script: '/interface set ether1 disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/interface ethernet disable [find default-name=ether2]', findings: [{ line: 1 }] },
    { script: '/interface ethernet set [find default-name=ether1] mtu=1400', findings: [{ line: 1, message: 'mtu=1400' }] },
    { script: '/interface ethernet set ether1 l2mtu=1500', findings: [{ line: 1, message: 'l2mtu' }] },
    { script: '/interface set ether1 name=wan mtu=1492', findings: [{ line: 1 }] },
    { script: '/interface set ether2 arp=disabled', findings: [{ line: 1, message: 'arp=disabled' }] },
    { script: '/interface set ether2 arp=reply-only', findings: [{ line: 1 }] },
    { script: '/interface wireguard remove wg0', findings: [{ line: 1, message: 'removes' }] },
    { script: '/interface pppoe-client disable pppoe-out1', findings: [{ line: 1 }] },
    { script: '/interface bonding remove bond1', findings: [{ line: 1 }] },
    { script: '/interface ethernet reset-mac-address ether1', findings: [{ line: 1, message: 'reset-mac-address' }] },
    { script: '/tool netwatch add host=10.0.0.1 down-script="/interface disable ether3"', findings: [{ line: 1, message: 'inside down-script' }] },
  ],
});

ruleTester('bridge-change', {
  valid: [
    '/interface bridge add name=bridge1',
    '/interface bridge add name=bridge1 vlan-filtering=no',
    '/interface bridge set bridge1 name=lan-bridge',
    '/interface bridge set bridge1 comment="main LAN"',
    '/interface bridge print',
    '/interface bridge vlan add bridge=bridge1 vlan-ids=10 tagged=bridge1,ether2',
    '/interface bridge vlan set [find vlan-ids=10] comment=office',
  ],
  invalid: [
    { script: '/interface bridge set bridge1 vlan-filtering=yes', findings: [{ line: 1, message: 'VLAN filtering' }], destructive: true },
    { script: '/interface bridge set [find name=bridge] vlan-filtering=yes', findings: [{ line: 1 }] },
    { script: '/interface bridge remove bridge1', findings: [{ line: 1, message: 'removes bridge' }] },
    { script: '/interface bridge disable bridge1', findings: [{ line: 1 }] },
    { script: '/interface bridge set bridge1 disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/interface bridge set bridge1 protocol-mode=none', findings: [{ line: 1, message: 'protocol-mode' }] },
    { script: '/interface bridge set bridge1 pvid=10 frame-types=admit-only-vlan-tagged', findings: [{ line: 1 }] },
    { script: '/interface bridge vlan remove [find vlan-ids=10]', findings: [{ line: 1 }] },
    { script: '/interface bridge vlan set [find vlan-ids=10] untagged=ether3', findings: [{ line: 1, message: 'untagged' }] },
    { script: '/interface bridge\nset bridge1 vlan-filtering=yes', findings: [{ line: 2 }] },
  ],
});

ruleTester('bridge-port', {
  valid: [
    '/interface bridge port print',
    '/interface bridge port set [find interface=ether3] comment=printer',
    '/interface bridge port add bridge=bridge1 interface=ether5 disabled=yes',
    '/interface bonding add name=bond1 mode=802.3ad',
    ':put "/interface bridge port add bridge=bridge1 interface=ether1"',
  ],
  invalid: [
    { script: '/interface bridge port add bridge=bridge1 interface=ether2', findings: [{ line: 1, message: 'moves ether2 into bridge bridge1' }], destructive: true },
    { script: '/interface bridge port add bridge=bridge1 interface=ether1 pvid=10', findings: [{ line: 1 }] },
    { script: '/interface bridge port\nadd bridge=bridge interface=ether2\nadd bridge=bridge interface=ether3', findings: [{ line: 2 }, { line: 3 }] },
    { script: '/interface bridge port remove [find interface=ether2]', findings: [{ line: 1 }] },
    { script: '/interface bridge port disable [find interface=ether2]', findings: [{ line: 1 }] },
    { script: '/interface bridge port set [find interface=ether2] bridge=bridge2', findings: [{ line: 1, message: 'bridge' }] },
    { script: '/interface bridge port set [find interface=ether2] pvid=20', findings: [{ line: 1 }] },
    { script: '/interface bonding add name=bond1 slaves=ether1,ether2 mode=802.3ad', findings: [{ line: 1, message: 'ether1,ether2' }] },
    { script: '/interface bonding set bond1 slaves=ether3,ether4', findings: [{ line: 1 }] },
  ],
});

ruleTester('vlan-change', {
  valid: [
    '/interface vlan add name=vlan10 vlan-id=10 interface=bridge1',
    '/interface vlan set vlan10 name=office',
    '/interface vlan set vlan10 comment="office VLAN"',
    '/interface vlan print',
  ],
  invalid: [
    { script: '/interface vlan remove vlan10', findings: [{ line: 1, message: 'removes VLAN interface(s) vlan10' }] },
    { script: '/interface vlan disable [find vlan-id=10]', findings: [{ line: 1 }] },
    { script: '/interface vlan set vlan10 vlan-id=20', findings: [{ line: 1, message: 'vlan-id' }] },
    { script: '/interface vlan set vlan10 interface=ether2', findings: [{ line: 1 }] },
    { script: '/interface vlan set vlan10 disabled=yes', findings: [{ line: 1, message: 'disables' }] },
    { script: '/interface vlan set vlan10 mtu=1400', findings: [{ line: 1 }] },
  ],
});

ruleTester('wifi-change', {
  valid: [
    '/interface wifi add master-interface=wifi1 name=guest configuration.ssid=Guest',
    '/interface wifi security add name=home authentication-types=wpa2-psk,wpa3-psk passphrase=correct-horse-battery-staple',
    '/interface wifi set wifi1 name=wlan-5g',
    '/interface wifi set wifi1 comment="5 GHz"',
    '/interface wifi print',
    '/interface wireless security-profiles add name=home mode=dynamic-keys authentication-types=wpa2-psk wpa2-pre-shared-key=correct-horse-battery-staple',
    '/interface wifi enable wifi1',
  ],
  invalid: [
    { script: '/interface wifi set wifi1 configuration.ssid=Home', findings: [{ line: 1, message: 'changes the SSID' }], destructive: true },
    { script: '/interface wifi set wifi1 security.passphrase=new-long-passphrase-2024', findings: [{ line: 1, message: 'security.passphrase' }] },
    { script: '/interface wifi set [find default-name=wifi1] security.authentication-types=wpa3-psk', findings: [{ line: 1 }] },
    { script: '/interface wifi set wifi1 security=home', findings: [{ line: 1, message: 'security' }] },
    { script: '/interface wifi security set home passphrase=another-long-passphrase', findings: [{ line: 1 }] },
    { script: '/interface wifi configuration set cfg1 ssid=Office', findings: [{ line: 1, message: 'SSID' }] },
    { script: '/interface wifi disable wifi1', findings: [{ line: 1, message: 'disables' }] },
    { script: '/interface wifi set wifi1 disabled=yes', findings: [{ line: 1 }] },
    { script: '/interface wifi remove [find master-interface=wifi1]', findings: [{ line: 1 }] },
    { script: '/interface wifi set wifi1 channel.frequency=5180', findings: [{ line: 1, message: 'channel.frequency' }] },
    { script: '/interface wireless set wlan1 ssid=Home', findings: [{ line: 1, message: 'SSID' }] },
    { script: '/interface wireless set wlan1 security-profile=home', findings: [{ line: 1, message: 'security' }] },
    { script: '/interface wireless security-profiles set home wpa2-pre-shared-key=another-long-passphrase', findings: [{ line: 1 }] },
    { script: '/interface wireless security-profiles remove home', findings: [{ line: 1 }] },
    { script: '/interface wifiwave2 set wifi1 configuration.ssid=Home', findings: [{ line: 1 }] },
    { script: '/caps-man configuration set cfg1 ssid=Office', findings: [{ line: 1 }] },
  ],
});

ruleTester('interface-list-member', {
  valid: [
    '/interface list member add list=LAN interface=ether2',
    '/interface list member add list=WAN interface=ether1',
    '/interface list add name=MGMT',
    '/interface list member add list=LAN interface=ether5',
    '/interface list member add list=WAN interface=pppoe-out1',
    '/interface list member set [find interface=ether5] comment=desk',
    '/interface list member print where list=WAN',
  ],
  invalid: [
    { script: '/interface list member add list=LAN interface=ether1', findings: [{ line: 1, message: 'ether1 is the internet port' }], destructive: true },
    { script: '/interface list member add list=trusted interface=pppoe-out1', findings: [{ line: 1, message: 'says it faces the internet' }], destructive: true },
    { script: '/interface list member remove [find list=LAN interface=ether2]', findings: [{ line: 1 }], destructive: true },
    { script: '/interface list member remove [find list=WAN]', findings: [{ line: 1, message: '[find list=WAN]' }] },
    { script: '/interface list member disable 0', findings: [{ line: 1 }] },
    { script: '/interface list member set [find interface=ether2] list=WAN', findings: [{ line: 1, message: 'list' }] },
    { script: '/interface list member set 0 disabled=yes', findings: [{ line: 1 }] },
    { script: '/interface list remove [find name=LAN]', findings: [{ line: 1, message: 'interface list(s)' }] },
    { script: '/interface list set LAN include=dynamic', findings: [{ line: 1 }] },
  ],
});
