/**
 * Issue 14: the policy fails closed by construction. One group per rule the
 * issue names; every script of the issue is a case here (misses as invalid,
 * false alarms as valid), next to look-alikes on the other side of the line.
 * Facts from MikroTik's manual: Firewall (NAT, Mangle, Raw), Routing (Policy
 * Routing, VRF), DNS, Bridging, Wireless Access List, System > License.
 */
import { ruleTester } from '../rule-tester.js';

ruleTester('nat-change', {
  valid: [
    '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=5000-5010 action=dst-nat to-addresses=192.168.88.30',
    '/ip firewall nat add chain=dstnat dst-address=203.0.113.5 in-interface-list=LAN protocol=tcp dst-port=80 action=dst-nat to-addresses=192.168.88.10',
    '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=80,443 action=dst-nat to-addresses=192.168.88.10',
    // A port forward that names its side: the admin chose where it listens.
    '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8080 action=dst-nat to-addresses=192.168.88.10 to-ports=80',
    '/ip firewall nat add chain=dstnat dst-address=203.0.113.5 protocol=tcp dst-port=22 action=dst-nat to-addresses=192.168.88.22',
    '/ip firewall nat add chain=dstnat in-interface=ether1 protocol=tcp dst-port=8291 action=dst-nat to-addresses=10.0.0.50',
    // Hairpin NAT to a port the router does not serve by default (www-ssl is off until it has a certificate).
    '/ip firewall nat add chain=dstnat dst-address-type=local protocol=tcp dst-port=443 action=dst-nat to-addresses=192.168.88.10',
    // Transparent DNS for the LAN.
    '/ip firewall nat add chain=dstnat in-interface-list=LAN protocol=udp dst-port=53 action=redirect to-ports=53',
    // UDP 8291 is not WinBox.
    '/ip firewall nat add chain=dstnat dst-address-type=local protocol=udp dst-port=8291 action=dst-nat to-addresses=10.0.0.50',
    // An IPsec NAT exemption narrowed to the remote network, placed first as the manual shows.
    '/ip firewall nat add chain=srcnat src-address=10.1.0.0/24 dst-address=10.2.0.0/24 action=accept place-before=0',
    '/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec place-before=0',
    // Appended after the masquerade, an accept changes nothing.
    '/ip firewall nat add chain=srcnat action=accept',
    '/ip firewall nat add chain=srcnat out-interface-list=WAN action=masquerade',
    '/ip firewall nat add chain=dstnat protocol=tcp dst-port=8291 action=dst-nat to-addresses=10.0.0.50 disabled=yes',
  ],
  invalid: [
    { script: '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=1-65535 action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'port range (1-65535)' }], destructive: true },
    { script: '/ip firewall nat add chain=dstnat in-interface=ether1 action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'WinBox' }], destructive: true },
    { script: '/ip firewall nat add chain=dstnat in-interface-list=LAN protocol=tcp dst-port=80 action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'from the LAN side' }], destructive: true },
    { script: '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8291 action=dst-nat to-addresses=192.168.88.1', findings: [{ line: 1, message: 'own LAN address' }], destructive: true },
    { script: '/ip firewall nat add chain=dstnat protocol=tcp dst-port=8291 action=dst-nat to-addresses=10.0.0.50 to-ports=8291', findings: [{ line: 1, message: 'WinBox' }], destructive: true },
    { script: '/ip firewall nat add chain=dstnat protocol=tcp dst-port=22 action=redirect to-ports=2222', findings: [{ line: 1, message: 'SSH' }], destructive: true },
    { script: '/ip firewall nat add chain=srcnat action=accept place-before=0', findings: [{ line: 1, message: 'skip the masquerade' }], destructive: true },
    // A source alone is no destination: that host loses the internet.
    { script: '/ip firewall nat add chain=srcnat src-address=192.168.88.50 action=accept place-before=0', findings: [{ line: 1 }] },
    // Every port to one host: the router's own services from every side.
    { script: '/ip firewall nat add chain=dstnat action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'WinBox' }] },
    { script: '/ip firewall nat add chain=dstnat protocol=tcp dst-port=8000-8300 action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'WinBox' }] },
    { script: '/ip firewall nat add chain=dstnat dst-address-type=local protocol=tcp dst-port=22 action=dst-nat to-addresses=192.168.88.22', findings: [{ line: 1, message: 'SSH' }] },
    // No side and no router port: every LAN client's connections out to port 3389 are captured too.
    { script: '/ip firewall nat add chain=dstnat protocol=tcp dst-port=3389 action=dst-nat to-addresses=192.168.88.30', findings: [{ line: 1, message: 'from every side' }] },
    { script: '/ip firewall nat add chain=dstnat action=accept place-before=0', findings: [{ line: 1, message: 'port forwards' }] },
    { script: '/ipv6 firewall nat add chain=dstnat protocol=tcp dst-port=80 action=redirect to-ports=8080', findings: [{ line: 1, message: 'WebFig' }] },
    // Every port but 22 still takes in WinBox; `!local` keeps the router's services but captures every LAN client's connections out.
    { script: '/ip firewall nat add chain=dstnat protocol=tcp dst-port=!22 action=dst-nat to-addresses=192.168.88.10', findings: [{ line: 1, message: 'WinBox' }] },
    { script: '/ip firewall nat add chain=dstnat dst-address-type=!local protocol=udp dst-port=53 action=dst-nat to-addresses=192.168.88.53', findings: [{ line: 1, message: 'from every side' }] },
  ],
});

ruleTester('all-traffic-action', {
  valid: [
    '/ip firewall mangle add chain=prerouting src-address=192.168.88.0/24 action=mark-routing new-routing-mark=vpn passthrough=no',
    '/ip firewall mangle add chain=forward protocol=tcp tcp-flags=syn action=change-mss new-mss=clamp-to-pmtu passthrough=yes',
    '/ip firewall mangle add chain=forward out-interface=pppoe-out1 protocol=tcp tcp-flags=syn action=change-mss new-mss=1452',
    '/ip firewall mangle add chain=prerouting in-interface=ether1 connection-state=new action=mark-connection new-connection-mark=isp1',
    '/ip firewall mangle add chain=forward connection-mark=voip action=mark-packet new-packet-mark=voip-p passthrough=no',
    '/ip firewall mangle add chain=postrouting out-interface=ether1 action=change-ttl new-ttl=set:65',
    '/ip firewall mangle add chain=prerouting action=accept',
    '/ip firewall raw add chain=prerouting src-address=10.0.0.0/8 dst-address=10.0.0.0/8 action=notrack',
    '/ip firewall raw add chain=prerouting dst-address=192.168.88.10 protocol=udp dst-port=5060 action=notrack',
    '/ip firewall raw add chain=prerouting action=notrack disabled=yes',
  ],
  invalid: [
    { script: '/ip firewall mangle add chain=prerouting action=change-ttl new-ttl=set:1 passthrough=yes', findings: [{ line: 1, message: 'TTL to 1' }], destructive: true },
    { script: '/ip firewall mangle add chain=postrouting out-interface=ether1 action=change-ttl new-ttl=set:0', findings: [{ line: 1, message: 'TTL to 0' }] },
    { script: '/ip firewall mangle add chain=prerouting action=mark-routing new-routing-mark=vpn', findings: [{ line: 1, message: 'another routing table' }] },
    { script: '/ip firewall mangle add chain=prerouting connection-state=new action=mark-connection new-connection-mark=all', findings: [{ line: 1, message: 'connection marks' }] },
    { script: '/ip firewall mangle add chain=forward protocol=tcp tcp-flags=syn action=change-mss new-mss=1300', findings: [{ line: 1, message: 'MSS' }] },
    { script: '/ip firewall mangle add chain=forward connection-mark=no-mark action=mark-packet new-packet-mark=x', findings: [{ line: 1 }] },
    { script: '/ip firewall raw add chain=prerouting action=notrack', findings: [{ line: 1, message: 'skips connection tracking' }], destructive: true },
    { script: '/ip firewall raw add chain=prerouting protocol=udp action=notrack', findings: [{ line: 1 }] },
    // An interface still leaves every host behind it untracked, so LAN clients lose masquerade.
    { script: '/ip firewall raw add chain=prerouting in-interface-list=LAN action=notrack', findings: [{ line: 1, message: 'names no addresses' }] },
    { script: '/ip firewall raw add chain=prerouting src-address=!10.0.0.0/8 action=notrack', findings: [{ line: 1 }] },
  ],
});

ruleTester('policy-routing', {
  valid: [
    '/routing rule add src-address=192.168.88.0/24 action=lookup table=vpn',
    '/routing rule add dst-address=10.8.0.0/16 action=lookup table=branch',
    '/routing rule add action=lookup-only-in-table table=vpn disabled=yes',
    '/routing rule set [find table=vpn] comment="via the tunnel"',
    '/routing table add name=vpn fib',
    '/ip vrf print',
  ],
  invalid: [
    { script: '/routing rule add action=lookup-only-in-table table=vpn', findings: [{ line: 1, message: 'can only use table vpn' }], destructive: true },
    { script: '/routing rule add src-address=192.168.88.0/24 action=lookup-only-in-table table=vpn', findings: [{ line: 1 }] },
    { script: '/routing rule add action=lookup table=vpn', findings: [{ line: 1, message: 'all traffic' }] },
    { script: '/routing rule add dst-address=10.0.0.0/8 action=unreachable', findings: [{ line: 1 }] },
    { script: '/routing rule remove [find table=vpn]', findings: [{ line: 1 }] },
    { script: '/ip vrf add name=vrf-mgmt interfaces=ether1', findings: [{ line: 1, message: 'main routing table' }], destructive: true },
    { script: '/ip vrf set [find name=vrf-mgmt] interfaces=ether1,ether2', findings: [{ line: 1 }] },
    { script: '/ip firewall mangle add chain=prerouting src-address=192.168.88.50 action=mark-routing new-routing-mark=isp2 passthrough=no', findings: [{ line: 1, message: 'routing mark isp2' }], destructive: true },
    { script: '/ip firewall mangle add chain=output connection-mark=isp1 action=mark-routing new-routing-mark=isp1', findings: [{ line: 1 }] },
  ],
});

ruleTester('dns-change', {
  valid: [
    '/ip dns static add regexp=".*\\\\.ads\\\\.example\\$" address=0.0.0.0',
    '/ip dns static add name=nas.lan address=192.168.88.5',
    '/ip dns static add regexp="^(www\\\\.)?example\\\\.com\\$" type=FWD forward-to=10.0.0.53',
    '/ip dns set allow-remote-requests=yes',
    '/ip dns set servers=1.1.1.1,9.9.9.9',
    '/ip dns set use-doh-server=""',
  ],
  invalid: [
    { script: '/ip dns static add regexp=".*" address=127.0.0.1', findings: [{ line: 1, message: 'matches every name' }], destructive: true },
    { script: '/ip dns static add regexp="." address=10.0.0.1', findings: [{ line: 1 }] },
    { script: '/ip dns static add regexp="^.+\\$" type=FWD forward-to=10.9.9.9', findings: [{ line: 1, message: 'forwarded to 10.9.9.9' }] },
    { script: '/ip dns static add regexp="[a-" address=10.0.0.1', findings: [{ line: 1, message: 'cannot be read' }] },
    { script: '/ip dns static set [find name=x] regexp=".*"', findings: [{ line: 1 }] },
    { script: '/ip dns set allow-remote-requests=no', findings: [{ line: 1, message: 'lose name resolution' }], destructive: true },
    { script: '/ip dns set use-doh-server="https://cloudflare-dns.com/dns-query" verify-doh-cert=yes', findings: [{ line: 1, message: 'not signed by a CA' }], destructive: true },
    { script: '/ip dns set use-doh-server="https://dns.example/dns-query"', findings: [{ line: 1, message: 'DNS-over-HTTPS server only' }], destructive: true },
  ],
});

ruleTester('license-change', {
  valid: ['/system license print'],
  invalid: [
    { script: '/system license generate-new-id', findings: [{ line: 1, message: 'new software ID' }], destructive: true },
    { script: ':if (true) do={ /system license generate-new-id }', findings: [{ line: 1 }] },
  ],
});

ruleTester('route-change', {
  valid: [
    // Two halves in another routing table only steer what policy rules send there.
    '/ip route add dst-address=0.0.0.0/1 gateway=10.9.9.9 routing-table=vpn\n/ip route add dst-address=128.0.0.0/1 gateway=10.9.9.9 routing-table=vpn',
    '/ip route add dst-address=10.0.0.0/8 gateway=10.9.9.9\n/ip route add dst-address=172.16.0.0/12 gateway=10.9.9.9',
    // The selector says which route comes back.
    '/ip route enable [find dst-address=172.16.0.0/12 dynamic=no]',
    '/ip route enable [find where dst-address=10.20.0.0/16 and comment="branch"]',
    '/ip route set numbers=[find dst-address=10.20.0.0/16] disabled=no',
  ],
  invalid: [
    {
      script: '/ip route add dst-address=0.0.0.0/1 gateway=10.9.9.9\n/ip route add dst-address=128.0.0.0/1 gateway=10.9.9.9',
      findings: [{ line: 1, message: 'covers every address' }, { line: 2, message: 'covers every address' }],
      destructive: true,
    },
    {
      script: '/ip route add dst-address=0.0.0.0/2 gateway=10.9.9.9\n/ip route add dst-address=64.0.0.0/2 gateway=10.9.9.9\n/ip route add dst-address=128.0.0.0/1 gateway=10.9.9.9',
      findings: [{ line: 1 }, { line: 2 }, { line: 3 }],
    },
    { script: '/ipv6 route add dst-address=::/1 gateway=fe80::1%ether1\n/ipv6 route add dst-address=8000::/1 gateway=fe80::1%ether1', findings: [{ line: 1 }, { line: 2 }] },
    // One half alone is more specific than the default for half the internet: it may take the admin's path.
    { script: '/ip route add dst-address=0.0.0.0/1 gateway=10.9.9.9', findings: [{ line: 1, message: 'may take over the path' }] },
    { script: '/ip route enable [find comment="backup uplink"]', findings: [{ line: 1, message: 'destination is not known' }] },
    { script: '/ip route enable [find dst-address=0.0.0.0/0]', findings: [{ line: 1 }] },
    { script: '/ip route enable numbers=3', findings: [{ line: 1 }] },
  ],
});

ruleTester('firewall-rule-change', {
  valid: [
    // The selector names the action: re-enabling an accept rule only lets traffic through.
    '/ip firewall filter enable [find action=accept comment="allow-winbox"]',
    '/ip firewall filter enable [find where action=accept and comment="allow-winbox"]',
    '/ip firewall filter set [find action=accept comment="allow-winbox"] disabled=no',
    '/ip firewall filter enable numbers=[find action=accept chain=input]',
  ],
  invalid: [
    { script: '/ip firewall filter enable [find comment="allow-winbox"]', findings: [{ line: 1, message: 'whose action is not known' }] },
    { script: '/ip firewall filter enable [find action=drop comment="block-wan"]', findings: [{ line: 1 }] },
    { script: '/ip firewall filter enable [find where action=accept or comment="x"]', findings: [{ line: 1 }] },
    { script: '/ip firewall filter enable numbers=3', findings: [{ line: 1 }] },
    // In NAT an accept skips the masquerade below it.
    { script: '/ip firewall nat enable [find action=accept]', findings: [{ line: 1 }] },
  ],
});

ruleTester('bridge-change', {
  valid: [
    // A new bridge has no ports: VLAN filtering on it cuts nothing (ports added to it are bridge-port's).
    '/interface bridge add name=br-trunk vlan-filtering=yes',
  ],
  invalid: [
    { script: '/interface bridge set br-trunk vlan-filtering=yes', findings: [{ line: 1 }] },
    {
      script: '/interface bridge add name=br-trunk vlan-filtering=yes\n/interface bridge port add bridge=br-trunk interface=ether2',
      findings: [{ rule: 'bridge-port', line: 2 }],
      destructive: true,
    },
  ],
});

ruleTester('wifi-change', {
  valid: [
    '/interface wireless access-list add mac-address=AA:BB:CC:DD:EE:FF interface=wlan1 authentication=yes forwarding=yes',
    '/interface wifi access-list add mac-address=AA:BB:CC:DD:EE:FF action=accept',
  ],
  invalid: [
    { script: '/interface wireless access-list add interface=wlan1 authentication=no forwarding=no', findings: [{ line: 1, message: 'rejects every client on wlan1' }], destructive: true },
    { script: '/interface wireless access-list add interface=wlan1 forwarding=no', findings: [{ line: 1, message: 'forwarding=no' }] },
    { script: '/interface wifi access-list add action=reject', findings: [{ line: 1 }] },
  ],
});

ruleTester('firewall-drop', {
  valid: ['/interface bridge filter add chain=forward action=accept in-interface=ether2'],
  invalid: [{ script: '/interface bridge filter add chain=forward action=drop', findings: [{ line: 1 }], destructive: true }],
});

ruleTester('unknown-change', {
  valid: [
    // The judgement call: strong crypto drops only ciphers no SSH client of this decade needs.
    '/ip ssh set strong-crypto=yes',
    '/ip socks set enabled=yes',
    '/ip proxy set max-cache-size=unlimited',
    // Reads are harmless in any menu, even one the table does not know.
    '/ip vrf print',
    '/interface bridge host print',
    // Narrow adds the table clears.
    '/ip firewall filter add chain=input action=log log-prefix="probe"',
    '/ip firewall filter add chain=input src-address=10.0.0.0/8 action=add-src-to-address-list address-list=seen address-list-timeout=1h',
    '/ip firewall address-list add list=blocked address=203.0.113.7',
    '/ip firewall layer7-protocol add name=yt regexp="^.+(youtube).*\\$"',
    '/ip dhcp-client add interface=ether1 add-default-route=no',
    '/interface list member add list=LAN interface=ether3',
    '/routing ospf instance add name=v2inst',
    '/ip ipsec policy add src-address=10.1.0.0/24 dst-address=10.2.0.0/24 tunnel=yes peer=branch',
    '/interface wireguard add name=wg1 listen-port=13231',
    '/system backup save name=before-change',
    // A command the table knows but the schema leaves out.
    '/tool sniffer quick interface=ether1',
    '/interface bridge vlan add bridge=bridge1 vlan-ids=20 tagged=ether1,bridge1',
    // A disabled item does nothing.
    '/ip arp add address=10.0.0.9 mac-address=AA:BB:CC:DD:EE:01 interface=ether2 disabled=yes',
    // A menu line that the next lines use is a menu, even one the schema does not describe.
    '/interface bridge filter\nadd chain=forward action=accept in-interface=ether2',
  ],
  invalid: [
    { script: '/interface bridge nat add chain=dstnat action=redirect', findings: [{ line: 1, message: 'action=redirect' }], destructive: true },
    { script: '/interface bridge host add mac-address=AA:BB:CC:DD:EE:FF interface=ether2 bridge=bridge', findings: [{ line: 1, message: 'not known to the checker' }] },
    { script: '/ip firewall filter add chain=forward action=jump jump-target=custom', findings: [{ line: 1, message: 'action=jump' }] },
    { script: '/ip firewall filter add chain=forward action=fasttrack-connection connection-state=established,related', findings: [{ line: 1, message: 'fasttrack' }] },
    { script: '/ip firewall filter add chain=input action=accept frobnicate=yes', findings: [{ line: 1, message: 'does not match the RouterOS schema' }] },
    { script: '/ip arp add address=10.0.0.9 mac-address=AA:BB:CC:DD:EE:01 interface=ether2', findings: [{ line: 1, message: 'changes how traffic is forwarded' }] },
    { script: '/routing ospf interface-template add interfaces=ether1 area=backbone', findings: [{ line: 1, message: 'changes routing' }] },
    { script: '/interface list member add list=WAN interface=ether2', findings: [{ line: 1, message: 'list WAN' }] },
    { script: '/ip firewall address-list add list=blocked address=0.0.0.0/1', findings: [{ line: 1, message: 'large part of the address space' }] },
    { script: '/ip ipsec policy add src-address=10.1.0.0/24 dst-address=0.0.0.0/0 tunnel=yes peer=branch', findings: [{ line: 1 }] },
    { script: '/ip address add address=10.0.0.1/1 interface=ether2', findings: [{ line: 1 }] },
    { script: '/interface ethernet cable-test ether1', findings: [{ line: 1, message: 'cable-test' }] },
    { script: '/ip hotspot add interface=ether3 name=guests', findings: [{ line: 1 }] },
    { script: '/interface wifi cap set enabled=yes', findings: [{ rule: 'wifi-change', line: 1 }] },
    // A command written without arguments in a menu the parser does not know.
    { script: '/ip frobnicator reset-all-things', findings: [{ line: 1, message: 'not known to the checker' }] },
    { script: '/interface bridge filter\nadd chain=forward action=jump jump-target=x', findings: [{ line: 2 }] },
    { script: ':undo', findings: [{ line: 1, message: 'not a command the checker knows' }] },
    // Settings that look like tuning but can end sessions or put traffic through drops.
    { script: '/ip firewall connection tracking set tcp-established-timeout=10s', findings: [{ line: 1, message: 'tcp-established-timeout' }] },
    { script: '/interface bridge settings set use-ip-firewall=yes', findings: [{ line: 1, message: 'use-ip-firewall' }] },
    { script: '/ip proxy set enabled=no', findings: [{ line: 1, message: 'enabled' }] },
    { script: '/ip ssh set host-key-type=ed25519', findings: [{ line: 1, message: 'host-key-type' }] },
  ],
});
