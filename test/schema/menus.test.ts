/**
 * Fixtures per schema area: real-world command lines that must parse and
 * validate with no diagnostic at all, and wrong ones that must give the
 * expected error. The valid lines are the kind people paste from the manual,
 * the forum and `/export`.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/rsc/parse.js';
import { validateScript } from '../../src/rsc/validate.js';

interface Invalid {
  readonly line: string;
  /** A substring or pattern the error message must match. */
  readonly error: string | RegExp;
}

interface Area {
  readonly valid: readonly string[];
  readonly invalid: readonly Invalid[];
}

function diagnose(text: string): string[] {
  const { ast, diagnostics } = parseScript(text);
  return [...diagnostics, ...validateScript(ast)].map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
}

const AREAS: Readonly<Record<string, Area>> = {
  ip: {
    valid: [
      '/ip address add address=192.168.88.1/24 interface=bridge network=192.168.88.0 comment=defconf',
      '/ip address set [find interface=ether1] disabled=yes',
      '/ip address remove [find dynamic=no interface=ether5]',
      '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1 distance=1 check-gateway=ping',
      '/ip route add dst-address=10.10.0.0/16 gateway=wg0 routing-table=main comment="via tunnel"',
      '/ip route add blackhole dst-address=192.0.2.0/24',
      '/ip route add dst-address=8.8.8.8/32 gateway=192.168.1.1 scope=10 target-scope=11',
      '/ip route set [find gateway=10.0.0.1] disabled=no',
      '/ip pool add name=dhcp_pool0 ranges=192.168.88.10-192.168.88.254',
      '/ip pool add name=vpn ranges=10.8.0.10-10.8.0.50,10.8.1.0/24 next-pool=none',
      '/ip arp add address=192.168.88.50 mac-address=00:11:22:33:44:55 interface=bridge',
      '/ip service set telnet disabled=yes',
      '/ip service set ssh port=2222 address=192.168.88.0/24,10.0.0.0/8',
      '/ip service set www-ssl certificate=webfig tls-version=only-1.2',
      '/ip service disable ftp,api,api-ssl',
      '/ip neighbor discovery-settings set discover-interface-list=LAN protocol=cdp,lldp,mndp',
      '/ip neighbor discovery-settings set discover-interface-list=!WAN',
      '/ip cloud set ddns-enabled=yes ddns-update-interval=10m',
      '/ip cloud force-update',
      '/ip upnp set enabled=yes',
      '/ip upnp interfaces add interface=ether1 type=external',
      '/ip upnp interfaces add interface=bridge type=internal',
      '/ip ssh set strong-crypto=yes host-key-type=ed25519',
      '/ip ssh regenerate-host-key',
      '/ip settings set rp-filter=strict tcp-syncookies=yes',
      '/ip proxy set enabled=yes port=8080 max-cache-size=unlimited',
      '/ip firewall service-port set sip disabled=yes',
      '/ip firewall service-port disable ftp,tftp,h323,sip,pptp',
      '/ip traffic-flow set enabled=yes interfaces=WAN cache-entries=64k',
      '/ip traffic-flow target add dst-address=192.168.88.100 port=2055 version=9',
      '/ip address print where interface=bridge',
      '/ip route print detail',
    ],
    invalid: [
      { line: '/ip address add address=192.168.88.1/24', error: '/ip address add needs `interface`' },
      { line: '/ip address add address=192.168.88.300/24 interface=bridge', error: 'address: expected an IPv4 address or prefix' },
      { line: '/ip address add adress=192.168.88.1/24 interface=bridge', error: '`adress` is not an argument of /ip address add; did you mean `address`?' },
      { line: '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1 distance=300', error: 'distance: 300 is outside 0..255' },
      { line: '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.1 check-gateway=pign', error: 'did you mean `ping`?' },
      { line: '/ip pool add name=p ranges=10.0.0.1-10.0.0.9 disabled=yes', error: '`disabled` is not an argument of /ip pool add' },
      { line: '/ip service set ssh port=70000', error: 'port: 70000 is outside 1..65535' },
      { line: '/ip upnp set enabled=true', error: 'use yes or no' },
      { line: '/ip upnp interfaces add interface=ether1 type=wan', error: '`wan` is not one of external, internal' },
      { line: '/ip ssh set host-key-type=dsa', error: '`dsa` is not one of ed25519, rsa' },
      { line: '/ip traffic-flow target add dst-address=10.0.0.1 version=7', error: '`7` is not one of 1, 5, 9, ipfix' },
      { line: '/ip arp add address=10.0.0.1 mac-address=00:11:22:33:44 interface=ether1', error: 'mac-address: expected a MAC address' },
    ],
  },
  dhcp: {
    valid: [
      '/ip dhcp-server add address-pool=dhcp_pool0 interface=bridge name=defconf lease-time=10m',
      '/ip dhcp-server add interface=vlan10 name=guest address-pool=guest-pool authoritative=after-2sec-delay',
      '/ip dhcp-server network add address=192.168.88.0/24 gateway=192.168.88.1 dns-server=192.168.88.1 comment=defconf',
      '/ip dhcp-server network add address=10.0.10.0/24 gateway=10.0.10.1 dns-server=1.1.1.1,8.8.8.8 domain=lan ntp-server=10.0.10.1',
      '/ip dhcp-server lease add address=192.168.88.20 mac-address=AA:BB:CC:DD:EE:FF server=defconf comment=printer',
      '/ip dhcp-server lease make-static [find mac-address=AA:BB:CC:DD:EE:FF]',
      '/ip dhcp-server lease remove [find dynamic=yes]',
      '/ip dhcp-server lease print where host-name="laptop"',
      '/ip dhcp-server option add name=tftp code=66 value="\'192.168.88.2\'"',
      '/ip dhcp-server option add name=domain-search code=119 value=0x03666f6f00',
      '/ip dhcp-client add interface=ether1 disabled=no use-peer-dns=no add-default-route=yes',
      '/ip dhcp-client add interface=ether1 default-route-distance=2 script=":log info \\"lease\\""',
      '/ip dhcp-client release [find interface=ether1]',
      '/ip dhcp-client renew 0',
      '/ip dhcp-client set [find interface=ether1] use-peer-ntp=no',
    ],
    invalid: [
      { line: '/ip dhcp-server add name=x address-pool=p', error: '/ip dhcp-server add needs `interface`' },
      { line: '/ip dhcp-server add interface=bridge authoritative=maybe', error: '`maybe` is not one of' },
      { line: '/ip dhcp-server network add gateway=192.168.88.1', error: '/ip dhcp-server network add needs `address`' },
      { line: '/ip dhcp-server network add address=192.168.88.0/24 gateway=192.168.88.1 dns-servers=1.1.1.1', error: 'did you mean `dns-server`?' },
      { line: '/ip dhcp-server lease add address=192.168.88.20 mac-address=zz:bb:cc:dd:ee:ff', error: 'mac-address: expected a MAC address' },
      { line: '/ip dhcp-client add interface=ether1 add-default-route=always', error: '`always` is not one of no, special-classless, yes' },
      { line: '/ip dhcp-client add use-peer-dns=yes', error: '/ip dhcp-client add needs `interface`' },
    ],
  },
  dns: {
    valid: [
      '/ip dns set servers=1.1.1.1,8.8.8.8 allow-remote-requests=yes',
      '/ip dns set servers=2606:4700:4700::1111,1.1.1.1 cache-size=4096KiB cache-max-ttl=1d',
      '/ip dns set use-doh-server=https://cloudflare-dns.com/dns-query verify-doh-cert=yes',
      '/ip dns static add name=router.lan address=192.168.88.1',
      '/ip dns static add name=nas.lan address=fd00::10 type=AAAA ttl=1h',
      '/ip dns static add regexp=".*\\\\.ads\\\\..*" type=NXDOMAIN',
      '/ip dns static add name=corp.example forward-to=10.0.0.53 type=FWD match-subdomain=yes',
      '/ip dns static remove [find name=router.lan]',
      '/ip dns cache flush',
      '/ip dns cache print',
    ],
    invalid: [
      { line: '/ip dns set allow-remote-requests=on', error: 'allow-remote-requests: expected yes or no' },
      { line: '/ip dns static add name=x address=1.2.3.4 type=PTR', error: '`PTR` is not one of A, AAAA' },
      { line: '/ip dns cache clear', error: '`clear` is not a command of /ip dns cache' },
      { line: '/ip dns set sever=1.1.1.1', error: 'did you mean `servers`?' },
    ],
  },
  ipsec: {
    valid: [
      '/ip ipsec profile add name=ike2 dh-group=ecp256,modp2048 enc-algorithm=aes-256,aes-128 hash-algorithm=sha256',
      '/ip ipsec proposal add name=ike2 auth-algorithms=sha256 enc-algorithms=aes-256-gcm,aes-256-cbc pfs-group=ecp256 lifetime=8h',
      '/ip ipsec peer add name=site-b address=203.0.113.2/32 exchange-mode=ike2 profile=ike2',
      '/ip ipsec identity add peer=site-b auth-method=pre-shared-key secret="s3cret!" generate-policy=no',
      '/ip ipsec identity add peer=rw auth-method=digital-signature certificate=server remote-id=ignore my-id=fqdn:vpn.example.com',
      '/ip ipsec policy add src-address=10.1.0.0/16 dst-address=10.2.0.0/16 tunnel=yes peer=site-b proposal=ike2 action=encrypt level=require',
      '/ip ipsec policy set [find default=yes] proposal=ike2',
      '/ip ipsec policy add dst-address=0.0.0.0/0 src-address=0.0.0.0/0 group=rw proposal=ike2 template=yes',
    ],
    invalid: [
      { line: '/ip ipsec identity add auth-method=pre-shared-key secret=x', error: '/ip ipsec identity add needs `peer`' },
      { line: '/ip ipsec peer add address=1.2.3.4 exchange-mode=ike3', error: 'did you mean `ike2`?' },
      { line: '/ip ipsec proposal add name=p enc-algorithms=aes-256-cbc,aes-512-cbc', error: '`aes-512-cbc` is not one of' },
      { line: '/ip ipsec profile add name=p comment=x', error: '`comment` is not an argument of /ip ipsec profile add' },
      { line: '/ip ipsec policy add action=allow', error: '`allow` is not one of discard, encrypt, none' },
    ],
  },
  interface: {
    valid: [
      '/interface set ether1 name=wan comment="ISP uplink"',
      '/interface set [find default-name=ether2] mtu=1500',
      '/interface disable ether5',
      '/interface enable [find name=ether5]',
      '/interface comment ether3 comment=printer',
      '/interface print where running',
      '/interface monitor-traffic ether1 once',
      '/interface ethernet set [find default-name=ether1] auto-negotiation=no speed=100M-baseT-full',
      '/interface ethernet set ether2 advertise=1G-baseT-full,2.5G-baseT loop-protect=on',
      '/interface ethernet set ether3 mac-address=02:00:00:00:00:03 arp=reply-only',
      '/interface ethernet monitor ether1 once',
      '/interface ethernet reset-mac-address ether1',
      '/interface list add name=WAN comment=defconf',
      '/interface list add name=ALL-LAN include=LAN,GUEST',
      '/interface list member add list=WAN interface=ether1',
      '/interface list member add interface=bridge list=LAN comment=defconf',
      '/interface vlan add name=vlan10 vlan-id=10 interface=bridge',
      '/interface vlan add interface=ether1 name=vlan-iptv vlan-id=4094 mtu=1500 use-service-tag=no',
      '/interface wireguard add name=wg0 listen-port=13231 mtu=1420',
      '/interface wireguard add name=wg1 private-key="yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="',
      '/interface wireguard peers add interface=wg0 public-key="xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=" allowed-address=10.0.0.2/32,fd00::2/128',
      '/interface wireguard peers add interface=wg0 public-key="abc=" endpoint-address=vpn.example.com endpoint-port=51820 persistent-keepalive=25s allowed-address=0.0.0.0/0',
      '/interface wireguard peers add interface=wg0 name=phone public-key="abc=" preshared-key=auto client-dns=192.168.88.1 client-endpoint=vpn.example.com',
    ],
    invalid: [
      { line: '/interface vlan add name=v vlan-id=4095 interface=bridge', error: 'vlan-id: 4095 is outside 1..4094' },
      { line: '/interface vlan add name=v vlan-id=0 interface=bridge', error: 'vlan-id: 0 is outside 1..4094' },
      { line: '/interface vlan add name=v interface=bridge', error: '/interface vlan add needs `vlan-id`' },
      { line: '/interface vlan add name=v vlan-id=10', error: '/interface vlan add needs `interface`' },
      { line: '/interface vlan add name=v vlan-id=10 interface=bridge vlan_id=10', error: "did you mean `vlan-id`?" },
      { line: '/interface add name=x', error: '`add` is not a command of /interface' },
      { line: '/interface ethernet set ether1 speed=1Gbps', error: '`1Gbps` is not one of' },
      { line: '/interface ethernet set ether1 rx-flow-control=yes', error: '`yes` is not one of auto, off, on' },
      { line: '/interface list member add list=LAN', error: '/interface list member add needs `interface`' },
      { line: '/interface wireguard add name=wg0 listen-port=99999', error: 'listen-port: 99999 is outside 1..65535' },
      { line: '/interface wireguard peers add public-key="abc="', error: '/interface wireguard peers add needs `interface`' },
      { line: '/interface wireguard peers add interface=wg0 persistent-keepalive=often', error: 'persistent-keepalive: expected a time' },
    ],
  },
  bridge: {
    valid: [
      '/interface bridge add name=bridge admin-mac=48:A9:8A:00:00:01 auto-mac=no comment=defconf',
      '/interface bridge add name=br-trunk vlan-filtering=yes protocol-mode=rstp frame-types=admit-only-vlan-tagged',
      '/interface bridge add name=br1 ether-type=0x88a8 priority=0x8000 igmp-snooping=yes',
      '/interface bridge set bridge vlan-filtering=yes pvid=1',
      '/interface bridge port add bridge=bridge interface=ether2 comment=defconf',
      '/interface bridge port add bridge=br-trunk interface=ether5 pvid=10 frame-types=admit-only-untagged-and-priority-tagged',
      '/interface bridge port add bridge=bridge interface=wlan1 horizon=1 edge=yes priority=0x80 path-cost=10',
      '/interface bridge port set [find interface=ether3] pvid=20',
      '/interface bridge vlan add bridge=br-trunk tagged=br-trunk,ether1 untagged=ether5 vlan-ids=10',
      '/interface bridge vlan add bridge=br-trunk tagged=ether1 vlan-ids=100-200',
      '/interface bridge vlan add bridge=br-trunk tagged=ether1,ether2 vlan-ids=20,30',
      '/interface bridge settings set use-ip-firewall=yes use-ip-firewall-for-vlan=yes',
      '/interface bridge monitor bridge once',
    ],
    invalid: [
      { line: '/interface bridge add name=b protocol-mode=pvst', error: '`pvst` is not one of mstp, none, rstp, stp' },
      { line: '/interface bridge add name=b pvid=5000', error: 'pvid: 5000 is outside 1..4094' },
      { line: '/interface bridge port add interface=ether2', error: '/interface bridge port add needs `bridge`' },
      { line: '/interface bridge port add bridge=bridge interface=ether2 frame-types=tagged', error: 'is not one of admit-all' },
      { line: '/interface bridge vlan add bridge=br vlan-ids=10 taged=ether1', error: 'did you mean `tagged`?' },
      { line: '/interface bridge settings set use-ip-firewall=enabled', error: 'use-ip-firewall: expected yes or no' },
    ],
  },
  tunnels: {
    valid: [
      '/interface pppoe-client add name=pppoe-out1 interface=ether1 user=isp@example password=secret add-default-route=yes use-peer-dns=yes disabled=no',
      '/interface pppoe-client add interface=vlan7 name=pppoe-wan user=u password=p profile=default max-mtu=1492 keepalive-timeout=60',
      '/interface pppoe-client monitor pppoe-out1 once',
      '/interface l2tp-server server set enabled=yes use-ipsec=required ipsec-secret=s3cret default-profile=default-encryption authentication=mschap2',
      '/interface l2tp-client add name=l2tp-out connect-to=vpn.example.com user=u password=p use-ipsec=yes ipsec-secret=k allow=mschap2',
      '/interface eoip add name=eoip-site-b remote-address=203.0.113.2 tunnel-id=10 local-address=198.51.100.1',
      '/interface eoip add name=eoip2 remote-address=10.0.0.2 tunnel-id=11 mtu=1500 keepalive=10s,10 clamp-tcp-mss=yes',
      '/interface gre add name=gre-b remote-address=203.0.113.2 local-address=198.51.100.1 ipsec-secret=abc',
      '/interface gre add name=gre2 remote-address=10.0.0.2 mtu=auto dscp=inherit dont-fragment=inherit',
    ],
    invalid: [
      { line: '/interface pppoe-client add name=x user=u', error: '/interface pppoe-client add needs `interface`' },
      { line: '/interface pppoe-client add interface=ether1 allow=pap,eap', error: '`eap` is not one of pap, chap, mschap1, mschap2' },
      { line: '/interface l2tp-server server set use-ipsec=always', error: '`always` is not one of no, required, yes' },
      { line: '/interface l2tp-client add name=x user=u', error: '/interface l2tp-client add needs `connect-to`' },
      { line: '/interface eoip add name=e remote-address=1.2.3.4', error: '/interface eoip add needs `tunnel-id`' },
      { line: '/interface eoip add name=e remote-address=1.2.3.4 tunnel-id=70000', error: 'tunnel-id: 70000 is outside 0..65535' },
      { line: '/interface gre add name=g local-address=1.2.3.4', error: '/interface gre add needs `remote-address`' },
    ],
  },
  wireless: {
    valid: [
      '/interface wifi set [find default-name=wifi1] configuration.ssid=Home configuration.country=Latvia security.authentication-types=wpa2-psk,wpa3-psk security.passphrase="long passphrase"',
      '/interface wifi set wifi1 channel.band=5ghz-ax channel.width=20/40/80mhz channel.skip-dfs-channels=10min-cac disabled=no',
      '/interface wifi add master-interface=wifi1 name=wifi-guest configuration.ssid=Guest datapath.client-isolation=yes',
      '/interface wifi security add name=sec-home authentication-types=wpa2-psk,wpa3-psk passphrase="correct horse battery" ft=yes ft-over-ds=yes',
      '/interface wifi configuration add name=cfg-home ssid=Home country="United States" security=sec-home mode=ap channel.band=2ghz-ax',
      '/interface wifi configuration set cfg-home datapath.vlan-id=20 datapath.bridge=bridge',
      '/interface wifi wps-push-button wifi1',
      '/interface wireless set [find default-name=wlan1] mode=ap-bridge band=2ghz-b/g/n ssid=MikroTik frequency=auto disabled=no',
      '/interface wireless set wlan2 mode=station-bridge security-profile=uplink wireless-protocol=802.11 installation=outdoor',
      '/interface wireless security-profiles set [find default=yes] supplicant-identity=MikroTik',
      '/interface wireless security-profiles add name=home mode=dynamic-keys authentication-types=wpa2-psk unicast-ciphers=aes-ccm group-ciphers=aes-ccm wpa2-pre-shared-key="secret123"',
    ],
    invalid: [
      { line: '/interface wifi set wifi1 configuration.mode=repeater', error: '`repeater` is not one of ap, station' },
      { line: '/interface wifi set wifi1 security.authentication-types=wpa2-psk,wep', error: '`wep` is not one of' },
      { line: '/interface wifi set wifi1 channel.band=5ghz-axx', error: 'did you mean `5ghz-ax`?' },
      { line: '/interface wifi configuration add name=c ssid="this ssid is certainly longer than thirty-two characters"', error: 'ssid: at most 32 characters' },
      { line: '/interface wireless set wlan1 mode=access-point', error: '`access-point` is not one of' },
      { line: '/interface wireless security-profiles add name=p disabled=yes', error: '`disabled` is not an argument' },
    ],
  },
  ipv6: {
    valid: [
      '/ipv6 address add address=2001:db8:1::1/64 interface=bridge advertise=yes',
      '/ipv6 address add address=::1/64 from-pool=isp-pd interface=bridge',
      '/ipv6 address add from-pool=isp-pd interface=vlan10',
      '/ipv6 route add dst-address=::/0 gateway=fe80::1%ether1 distance=1',
      '/ipv6 route add blackhole dst-address=2001:db8::/32',
      '/ipv6 firewall filter add chain=input action=accept connection-state=established,related,untracked comment="defconf: accept established,related,untracked"',
      '/ipv6 firewall filter add chain=input action=accept protocol=icmpv6',
      '/ipv6 firewall filter add chain=input action=accept protocol=udp dst-port=546 src-address=fe80::/10',
      '/ipv6 firewall filter add chain=forward action=drop src-address-list=bad_ipv6',
      '/ipv6 firewall filter add chain=input action=drop in-interface-list=!LAN',
      '/ipv6 firewall filter add chain=forward action=accept protocol=139 hop-limit=equal:1',
      '/ipv6 firewall address-list add address=fe80::/10 list=bad_ipv6 comment="defconf: RFC6890"',
      '/ipv6 firewall address-list add address=::/128 list=bad_ipv6',
      '/ipv6 nd set [find default=yes] advertise-dns=self ra-interval=20s-60s managed-address-configuration=no',
      '/ipv6 nd add interface=bridge ra-lifetime=30m ra-preference=high',
      '/ipv6 dhcp-client add interface=ether1 pool-name=isp-pd request=prefix pool-prefix-length=64 add-default-route=yes',
      '/ipv6 dhcp-client add interface=pppoe-out1 request=address,prefix pool-name=pd prefix-hint=::/56 use-peer-dns=no',
      '/ipv6 settings set forward=yes accept-router-advertisements=yes',
    ],
    invalid: [
      { line: '/ipv6 address add address=192.168.1.1/24 interface=bridge', error: 'address: expected an IPv6 address or prefix' },
      { line: '/ipv6 address add address=2001:db8::1/64', error: '/ipv6 address add needs `interface`' },
      { line: '/ipv6 firewall filter add action=drop', error: '/ipv6 firewall filter add needs `chain`' },
      { line: '/ipv6 firewall filter add chain=input action=reject reject-with=icmp-network-unreachable', error: '`icmp-network-unreachable` is not one of' },
      { line: '/ipv6 firewall filter add chain=input src-address=10.0.0.0/8', error: 'src-address: expected an IPv6 address or prefix' },
      { line: '/ipv6 dhcp-client add interface=ether1 request=prefix,dns', error: '`dns` is not one of info, address, prefix' },
      { line: '/ipv6 nd add interface=bridge ra-preference=highest', error: '`highest` is not one of high, low, medium' },
    ],
  },
  ppp: {
    valid: [
      '/ppp profile add name=vpn local-address=10.8.0.1 remote-address=vpn-pool dns-server=10.8.0.1 use-encryption=yes',
      '/ppp profile set default-encryption use-encryption=required only-one=yes',
      '/ppp profile add name=limited rate-limit="2M/4M 4M/8M 1M/2M 16/16" change-tcp-mss=yes',
      '/ppp secret add name=alice password=s3cret profile=vpn service=l2tp',
      '/ppp secret add name=bob password=x service=pppoe remote-address=10.8.0.20 local-address=10.8.0.1',
      '/ppp secret set [find name=alice] disabled=yes',
      '/ppp aaa set use-radius=yes accounting=yes interim-update=5m',
    ],
    invalid: [
      { line: '/ppp secret add password=x', error: '/ppp secret add needs `name`' },
      { line: '/ppp secret add name=a service=wireguard', error: '`wireguard` is not one of any, async, l2tp' },
      { line: '/ppp secret add name=a remote-address=10.8.0.300', error: 'remote-address: expected an IPv4 address' },
      { line: '/ppp profile add name=p use-encryption=always', error: '`always` is not one of default, no, required, yes' },
      { line: '/ppp profile add name=p disabled=yes', error: '`disabled` is not an argument of /ppp profile add' },
    ],
  },
  routing: {
    valid: [
      '/routing table add name=to-isp2 fib',
      '/routing table add disabled=no fib name=vpn',
      '/routing rule add src-address=192.168.88.0/24 action=lookup-only-in-table table=to-isp2',
      '/routing rule add dst-address=10.0.0.0/8 action=lookup table=main interface=bridge',
      '/routing ospf instance add name=default-v2 router-id=10.255.255.1 redistribute=connected,static originate-default=if-installed',
      '/routing ospf instance add name=v3 version=3 router-id=main',
      '/routing ospf area add name=backbone-v2 area-id=0.0.0.0 instance=default-v2',
      '/routing ospf area add name=stub1 area-id=0.0.0.1 instance=default-v2 type=stub no-summaries',
      '/routing ospf interface-template add area=backbone-v2 interfaces=ether2,ether3 type=ptp cost=10',
      '/routing ospf interface-template add area=backbone-v2 networks=10.0.0.0/24 passive',
      '/routing ospf interface-template add area=backbone-v2 interfaces=LAN auth=sha256 auth-key=secret auth-id=1 hello-interval=5s dead-interval=20s',
      '/routing bgp template set default as=65001 hold-time=3m keepalive-time=1m',
      '/routing bgp connection add name=upstream remote.address=203.0.113.1 remote.as=64500 local.role=ebgp as=65001 templates=default',
      '/routing bgp connection add name=ibgp1 remote.address=10.255.255.2/32 as=65001 local.role=ibgp local.address=10.255.255.1 output.redistribute=connected,static multihop=yes',
      '/routing bgp connection set upstream output.filter-chain=bgp-out input.filter=bgp-in use-bfd=yes',
    ],
    invalid: [
      { line: '/routing table add fib', error: '/routing table add needs `name`' },
      { line: '/routing rule add action=accept', error: '`accept` is not one of drop, lookup' },
      { line: '/routing ospf instance add name=x version=4', error: '`4` is not one of 2, 3' },
      { line: '/routing ospf instance add name=x redistribute=connected,kernel', error: '`kernel` is not one of' },
      { line: '/routing ospf area add name=a', error: '/routing ospf area add needs `instance`' },
      { line: '/routing ospf interface-template add area=a type=point-to-point', error: '`point-to-point` is not one of' },
      { line: '/routing ospf interface-template add area=a cost=0', error: 'cost: 0 is outside 1..65535' },
      { line: '/routing bgp connection add name=x remote.as=4294967296', error: 'remote.as: 4294967296 is outside 0..4294967295' },
      { line: '/routing bgp connection add name=x local.role=external', error: '`external` is not one of ebgp' },
      { line: '/routing bgp connection add name=x remote-address=1.2.3.4', error: '`remote-address` is not an argument of /routing bgp connection add' },
    ],
  },
  queue: {
    valid: [
      '/queue simple add name=guest target=192.168.20.0/24 max-limit=10M/20M',
      '/queue simple add name=host1 target=192.168.88.10/32,192.168.88.11/32 max-limit=2M/5M limit-at=1M/2M burst-limit=4M/8M burst-threshold=1500k/3M burst-time=8s/8s priority=8/8',
      '/queue simple add name=lan target=bridge queue=pcq-upload-default/pcq-download-default',
      '/queue simple add name=all target=ether2 max-limit=0/0 parent=none',
      '/queue simple set [find name=guest] max-limit=5M/10M',
      '/queue simple reset-counters-all',
      '/queue tree add name=download parent=global packet-mark=dl max-limit=100M priority=1 queue=pcq-download-default',
      '/queue tree add name=voip parent=download packet-mark=voip,sip limit-at=2M max-limit=5M priority=1',
      '/queue type add name=pcq-dl kind=pcq pcq-rate=5M pcq-classifier=dst-address pcq-dst-address6-mask=64',
      '/queue type add name=cake-up kind=cake cake-bandwidth=20M cake-diffserv=diffserv4 cake-nat=yes cake-overhead-scheme=ethernet,ether-vlan',
      '/queue type add name=fq kind=fq-codel fq-codel-target=5ms fq-codel-ecn=yes',
    ],
    invalid: [
      { line: '/queue simple add name=x max-limit=10M/10M', error: '/queue simple add needs `target`' },
      { line: '/queue simple add name=x target=10.0.0.0/24 max-limit=ten', error: 'max-limit: expected a rate such as 10M or 5M/20M' },
      { line: '/queue tree add name=x max-limit=10M', error: '/queue tree add needs `parent`' },
      { line: '/queue tree add name=x parent=global priority=9', error: 'priority: 9 is outside 1..8' },
      { line: '/queue type add name=x kind=htb', error: '`htb` is not one of bfifo, cake' },
      { line: '/queue type add name=x kind=pcq pcq-classifier=src-address,src-mac', error: '`src-mac` is not one of' },
      { line: '/queue type add name=x kind=pcq pcq-dst-address-mask=33', error: 'pcq-dst-address-mask: 33 is outside 0..32' },
    ],
  },
  users: {
    valid: [
      '/user add name=noc group=full password="Str0ng!pass" address=10.0.0.0/8,192.168.88.0/24',
      '/user add name=monitor group=read comment="read only"',
      '/user set admin password=newpass',
      '/user disable admin',
      '/user remove [find name=olduser]',
      '/user group add name=api-ro policy=read,api,!write,!ftp skin=default',
      '/user group add name=mygroup policy="local,telnet,ssh,reboot,read,write,test,winbox,web,sniff,sensitive,api,romon,rest-api,!ftp,!policy,!password"',
      '/user ssh-keys add user=admin key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB admin@laptop"',
      '/user ssh-keys import public-key-file=id_ed25519.pub user=admin',
    ],
    invalid: [
      { line: '/user add name=x password=y', error: '/user add needs `group`' },
      { line: '/user add name=x group=full inactivity-policy=kick', error: '`kick` is not one of lockscreen, logout, none' },
      { line: '/user group add policy=read', error: '/user group add needs `name`' },
      { line: '/user ssh-keys set 0 user=admin', error: '`set` is not a command of /user ssh-keys' },
      { line: '/user ssh-keys import user=admin', error: '/user ssh-keys import needs `public-key-file`' },
    ],
  },
  tools: {
    valid: [
      '/tool ping 8.8.8.8 count=3',
      '/tool ping address=2606:4700:4700::1111 count=5 interval=200ms size=1400 do-not-fragment',
      '/tool ping google.com src-address=192.168.88.1 interface=ether1 count=1 as-value',
      ':local r [/tool ping 1.1.1.1 count=3]',
      '/tool traceroute 1.1.1.1 count=1 max-hops=20 use-dns=yes',
      '/tool fetch url="https://example.com/list.rsc" mode=https dst-path=list.rsc check-certificate=yes',
      '/tool fetch url="https://api.example.com/hook" http-method=post http-data="{\\"a\\":1}" http-header-field="Content-Type: application/json" output=none',
      ':local result [/tool fetch url="https://example.com/ip" output=user as-value]',
      '/tool fetch "https://example.com/file.txt" keep-result=no',
      '/tool bandwidth-test 192.168.88.2 protocol=tcp direction=both duration=10s user=admin password=""',
      '/tool netwatch add host=8.8.8.8 interval=30s timeout=1s down-script="/log warning \\"wan down\\"" up-script=":log info up"',
      '/tool netwatch add host=192.168.88.10 type=tcp-conn port=443 name=web',
      '/tool netwatch add host=example.com type=https-get http-codes=200 check-certificate=yes',
      '/tool bandwidth-server set enabled=no',
      '/tool mac-server set allowed-interface-list=LAN',
      '/tool mac-server mac-winbox set allowed-interface-list=LAN',
      '/tool mac-server ping set enabled=no',
      '/tool e-mail set server=smtp.example.com port=587 tls=starttls from=router@example.com user=router password=secret',
      '/tool e-mail send to=noc@example.com subject="Backup" body="attached" file=backup.rsc',
      '/tool sniffer set filter-interface=ether1 filter-ip-address=192.168.88.10/32 file-name=cap.pcap file-limit=1000KiB',
      '/tool sniffer start',
      '/tool sniffer stop',
      '/tool romon set enabled=yes secrets=s3cret',
    ],
    invalid: [
      { line: '/tool ping count=3', error: '/tool ping needs `address`' },
      { line: '/tool ping 8.8.8.8 cont=3', error: 'did you mean `count`?' },
      { line: '/tool ping 8.8.8.8 count=fast', error: 'count: expected a number' },
      { line: '/tool traceroute 1.1.1.1 protocol=tcp', error: '`tcp` is not one of icmp, udp' },
      { line: '/tool fetch url="https://x" http-method=fetch', error: '`fetch` is not one of delete, get, head, patch, post, put' },
      { line: '/tool netwatch add interval=30s', error: '/tool netwatch add needs `host`' },
      { line: '/tool netwatch add host=1.1.1.1 type=ping', error: '`ping` is not one of dns, http-get' },
      { line: '/tool e-mail set tls=ssl', error: '`ssl` is not one of no, starttls, yes' },
      { line: '/tool e-mail send subject=x', error: '/tool e-mail send needs `to`' },
      { line: '/tool mac-server set allowed-interface-list=LAN enabled=yes', error: '`enabled` is not an argument of /tool mac-server set' },
      { line: '/tool romon set id=router1', error: 'id: expected a MAC address' },
    ],
  },
  snmp: {
    valid: [
      '/snmp set enabled=yes contact="noc@example.com" location="Rack 4" trap-version=2',
      '/snmp set trap-target=192.168.88.10 trap-generators=interfaces,start-trap trap-interfaces=all',
      '/snmp community set [find default=yes] addresses=192.168.88.0/24 name=monitoring',
      '/snmp community add name=v3user security=private authentication-protocol=SHA1 authentication-password=authpass1 encryption-protocol=AES encryption-password=privpass1',
    ],
    invalid: [
      { line: '/snmp set trap-version=4', error: '`4` is not one of 1, 2, 3' },
      { line: '/snmp community add name=x security=encrypted', error: '`encrypted` is not one of authorized, none, private' },
      { line: '/snmp community add name=x authentication-protocol=SHA256', error: '`SHA256` is not one of MD5, SHA1' },
      { line: '/snmp community add security=none', error: '/snmp community add needs `name`' },
    ],
  },
  certificate: {
    valid: [
      '/certificate add name=ca common-name=myCA key-usage=key-cert-sign,crl-sign days-valid=3650 key-size=2048',
      '/certificate add name=server common-name=vpn.example.com subject-alt-name=DNS:vpn.example.com key-size=prime256v1',
      '/certificate sign ca ca-crl-host=192.168.88.1',
      '/certificate sign server ca=ca',
      '/certificate import file-name=cert.pem passphrase=""',
      '/certificate export-certificate client type=pkcs12 export-passphrase=secret123',
      '/certificate enable-ssl-certificate dns-name=router.example.com',
      '/certificate set [find name=server] trusted=yes',
      '/certificate remove [find name=old]',
    ],
    invalid: [
      { line: '/certificate add name=x key-size=3072', error: '`3072` is not one of' },
      { line: '/certificate add name=x key-usage=tls-server,server-auth', error: '`server-auth` is not one of' },
      { line: '/certificate export-certificate client type=der', error: '`der` is not one of pem, pkcs12' },
      { line: '/certificate sign ca=ca', error: '/certificate sign needs `number`' },
    ],
  },
  files: {
    valid: [
      '/file print',
      '/file remove backup.rsc',
      '/file remove [find name="flash/old.rsc"]',
      '/file remove [find type=directory name=tmp]',
      '/file add name=notes.txt contents="hello"',
      '/file set notes.txt contents="updated"',
      ':local c [/file get notes.txt contents]',
      '/log info "backup finished"',
      '/log warning message="WAN down"',
      '/log error $reason',
      '/log print where topics~"dhcp"',
    ],
    invalid: [
      { line: '/log info', error: '/log info needs `message`' },
      { line: '/log notice "x"', error: '`notice` is not a command of /log' },
      { line: '/file add name=d type=folder', error: '`folder` is not one of directory, file' },
      { line: '/file remove', error: '/file remove needs `numbers`' },
    ],
  },
  container: {
    valid: [
      '/container config set registry-url=https://registry-1.docker.io tmpdir=disk1/tmp',
      '/container envs add list=pihole key=TZ value="Europe/Riga"',
      '/container mounts add list=pihole-etc src=disk1/etc dst="/etc/pihole"',
      '/container add remote-image=pihole/pihole:latest interface=veth1 root-dir=disk1/pihole envlists=pihole mountlists=pihole-etc start-on-boot=yes logging=yes',
      '/container start [find name=pihole]',
      '/container stop 0',
    ],
    invalid: [
      { line: '/container add remote-image=x logging=on', error: 'logging: expected yes or no' },
      { line: '/container envs add key=TZ value=UTC', error: '/container envs add needs `list`' },
      { line: '/container mounts add list=m src=a', error: '/container mounts add needs `dst`' },
    ],
  },
  hotspot: {
    valid: [
      '/ip hotspot profile add name=hsprof1 hotspot-address=10.5.50.1 dns-name=login.example.com login-by=http-chap,trial',
      '/ip hotspot add name=hotspot1 interface=bridge-guest address-pool=hs-pool profile=hsprof1 disabled=no',
      '/ip hotspot user profile add name=1h rate-limit=2M/2M shared-users=1 session-timeout=1h',
      '/ip hotspot user add name=guest password=guest profile=1h limit-uptime=1d',
      '/ip hotspot walled-garden add dst-host=*.example.com action=allow',
      '/ip hotspot ip-binding add mac-address=AA:BB:CC:DD:EE:01 type=bypassed comment=printer',
    ],
    invalid: [
      { line: '/ip hotspot add name=h', error: '/ip hotspot add needs `interface`' },
      { line: '/ip hotspot profile add name=p login-by=http-chap,sms', error: '`sms` is not one of' },
      { line: '/ip hotspot ip-binding add mac-address=AA:BB:CC:DD:EE:01 type=allowed', error: '`allowed` is not one of blocked, bypassed, regular' },
      { line: '/ip hotspot walled-garden add dst-host=x action=permit', error: '`permit` is not one of allow, deny' },
      { line: '/ip hotspot user add password=x', error: '/ip hotspot user add needs `name`' },
    ],
  },
  system: {
    valid: [
      '/system identity set name=core-router-01',
      '/system clock set time-zone-name=Europe/Riga time-zone-autodetect=no',
      '/system ntp client set enabled=yes servers=pool.ntp.org,time.cloudflare.com',
      '/system ntp client servers add address=time.google.com iburst=yes',
      '/system ntp server set enabled=yes broadcast=yes broadcast-addresses=192.168.88.255',
      '/system scheduler add name=nightly-reboot on-event="/system reboot" start-time=03:00:00 interval=1d policy=reboot,read,write',
      '/system scheduler add name=boot on-event=startup-script start-time=startup',
      '/system script add name=backup-daily source="/system backup save name=daily" policy=read,write,policy,test,sensitive dont-require-permissions=no',
      '/system script run backup-daily',
      '/system script run number=backup-daily',
      '/system logging add topics=wireless,!debug action=memory',
      '/system logging action add name=remote1 target=remote remote=192.168.88.10 remote-port=514 syslog-facility=local0',
      '/system logging add topics=firewall action=remote1 prefix=FW',
      '/system package update set channel=stable',
      '/system package update check-for-updates once',
      '/system package update install',
      '/system package disable wireless',
      '/system package uninstall [find name=zerotier]',
      '/system package apply-changes',
      '/system routerboard upgrade',
      '/system routerboard print',
      '/system routerboard settings set auto-upgrade=yes boot-device=nand-if-fail-then-ethernet protected-routerboot=disabled',
      '/system backup save name=before-upgrade dont-encrypt=yes',
      '/system backup load name=before-upgrade.backup password=""',
      '/system reset-configuration no-defaults=yes skip-backup=yes keep-users=yes',
      '/system reboot',
      '/system shutdown',
      '/system note set note="Managed by NOC" show-at-login=yes',
      '/system resource print',
      '/system health print',
      ':put [/system resource get free-memory]',
      ':local v [/system package update get latest-version]',
    ],
    invalid: [
      { line: '/system reboot now', error: 'unexpected value for /system reboot' },
      { line: '/system reset-configuration keep-users=true', error: 'use yes or no' },
      { line: '/system identity sett name=x', error: '`sett` is not a command of /system identity; did you mean `set`?' },
      { line: '/system reset-configuration keep-usrs=yes', error: 'did you mean `keep-users`?' },
      { line: '/system package update set channel=beta', error: '`beta` is not one of development, long-term, stable, testing' },
      { line: '/system scheduler add name=x interval=daily', error: 'interval: expected a time' },
      { line: '/system script add name=x policy=read,admin', error: '`admin` is not one of' },
      { line: '/system ntp client servers add iburst=yes', error: '/system ntp client servers add needs `address`' },
      { line: '/system logging action add name=x target=syslog', error: '`syslog` is not one of disk, echo, email, memory, remote, script' },
      { line: '/system backup load password=x', error: '/system backup load needs `name`' },
    ],
  },
};

/**
 * A RouterOS 7 /export of a home router (wifi, guest VLAN, defconf firewall),
 * in /export's own layout: menu lines followed by relative commands.
 */
const HOME_ROUTER_EXPORT = `# 2025-01-10 12:00:00 by RouterOS 7.24
# software id = ABCD-1234
#
# model = C53UiG+5HPaxD2HPaxD
/interface bridge
add admin-mac=48:A9:8A:11:22:33 auto-mac=no comment=defconf name=bridge vlan-filtering=yes
/interface wifi
set [ find default-name=wifi1 ] channel.band=5ghz-ax channel.skip-dfs-channels=10min-cac channel.width=20/40/80mhz configuration.country=Latvia configuration.mode=ap configuration.ssid=Home disabled=no security.authentication-types=wpa2-psk,wpa3-psk security.ft=yes security.ft-over-ds=yes
set [ find default-name=wifi2 ] channel.band=2ghz-ax channel.skip-dfs-channels=10min-cac channel.width=20/40mhz configuration.country=Latvia configuration.mode=ap configuration.ssid=Home disabled=no security.authentication-types=wpa2-psk,wpa3-psk
/interface vlan
add interface=bridge name=vlan20-guest vlan-id=20
/interface list
add comment=defconf name=WAN
add comment=defconf name=LAN
/ip pool
add name=default-dhcp ranges=192.168.88.10-192.168.88.254
add name=guest-pool ranges=192.168.20.10-192.168.20.254
/ip dhcp-server
add address-pool=default-dhcp interface=bridge lease-time=10m name=defconf
add address-pool=guest-pool interface=vlan20-guest name=guest
/queue simple
add max-limit=20M/20M name=guest-limit target=192.168.20.0/24
/interface bridge port
add bridge=bridge comment=defconf interface=ether2
add bridge=bridge comment=defconf interface=ether3
add bridge=bridge comment=defconf interface=wifi1
add bridge=bridge comment=defconf interface=wifi2
/interface bridge vlan
add bridge=bridge tagged=bridge vlan-ids=20
/ip neighbor discovery-settings
set discover-interface-list=LAN
/interface list member
add comment=defconf interface=bridge list=LAN
add comment=defconf interface=ether1 list=WAN
add interface=vlan20-guest list=LAN
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
add address=192.168.20.1/24 interface=vlan20-guest network=192.168.20.0
/ip dhcp-client
add comment=defconf interface=ether1
/ip dhcp-server network
add address=192.168.20.0/24 dns-server=192.168.20.1 gateway=192.168.20.1
add address=192.168.88.0/24 comment=defconf dns-server=192.168.88.1 gateway=192.168.88.1
/ip dns
set allow-remote-requests=yes servers=1.1.1.1,9.9.9.9
/ip dns static
add address=192.168.88.1 comment=defconf name=router.lan type=A
/ip firewall filter
add action=accept chain=input comment="defconf: accept established,related,untracked" connection-state=established,related,untracked
add action=drop chain=input comment="defconf: drop invalid" connection-state=invalid
add action=accept chain=input comment="defconf: accept ICMP" protocol=icmp
add action=drop chain=input comment="defconf: drop all not coming from LAN" in-interface-list=!LAN
add action=fasttrack-connection chain=forward comment="defconf: fasttrack" connection-state=established,related
/ip firewall nat
add action=masquerade chain=srcnat comment="defconf: masquerade" ipsec-policy=out,none out-interface-list=WAN
/ip service
set telnet disabled=yes
set ftp disabled=yes
set www address=192.168.88.0/24
set api disabled=yes
set api-ssl disabled=yes
/ipv6 firewall address-list
add address=::/128 comment="defconf: unspecified address" list=bad_ipv6
add address=fe80::/10 comment="defconf: RFC6890" list=bad_ipv6
/ipv6 firewall filter
add action=accept chain=input comment="defconf: accept established,related,untracked" connection-state=established,related,untracked
add action=accept chain=input comment="defconf: accept DHCPv6-Client prefix delegation." dst-port=546 protocol=udp src-address=fe80::/10
add action=drop chain=input comment="defconf: drop everything else not coming from LAN" in-interface-list=!LAN
/system clock
set time-zone-name=Europe/Riga
/system identity
set name=home-gw
/system note
set show-at-login=no
/system ntp client
set enabled=yes
/system ntp client servers
add address=pool.ntp.org
/system routerboard settings
set auto-upgrade=yes
/system scheduler
add interval=1d name=backup on-event="/system backup save name=auto" policy=ftp,reboot,read,write,policy,test,password,sniff,sensitive,romon start-date=2025-01-01 start-time=03:00:00
/tool mac-server
set allowed-interface-list=LAN
/tool mac-server mac-winbox
set allowed-interface-list=LAN
/user group
add name=ro-api policy=read,api,!local,!telnet,!ssh,!ftp,!reboot,!write,!policy,!test,!winbox,!password,!web,!sniff,!sensitive,!romon,!rest-api
`;

describe('schema fixtures: a whole /export', () => {
  it('validates with no diagnostic', () => {
    expect(diagnose(HOME_ROUTER_EXPORT)).toEqual([]);
  });
});

for (const [area, { valid, invalid }] of Object.entries(AREAS)) {
  describe(`schema fixtures: ${area}`, () => {
    it.each(valid.map((line) => [line]))('accepts %s', (line) => {
      expect(diagnose(line)).toEqual([]);
    });

    it.each(invalid.map((c) => [c.line, c.error] as const))('rejects %s', (line, error) => {
      const messages = diagnose(line);
      const errors = messages.filter((m) => m.startsWith('error '));
      expect(errors.some((m) => (typeof error === 'string' ? m.includes(error) : error.test(m))), `${line}\n${messages.join('\n')}`).toBe(true);
    });
  });
}
