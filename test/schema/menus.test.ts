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
      { line: '/ip dns set server=1.1.1.1', error: 'did you mean `servers`?' },
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
      { line: '/system reset-configuration keep-user=yes', error: 'did you mean `keep-users`?' },
      { line: '/system package update set channel=beta', error: '`beta` is not one of development, long-term, stable, testing' },
      { line: '/system scheduler add name=x interval=daily', error: 'interval: expected a time' },
      { line: '/system script add name=x policy=read,admin', error: '`admin` is not one of' },
      { line: '/system ntp client servers add iburst=yes', error: '/system ntp client servers add needs `address`' },
      { line: '/system logging action add name=x target=syslog', error: '`syslog` is not one of disk, echo, email, memory, remote, script' },
      { line: '/system backup load password=x', error: '/system backup load needs `name`' },
    ],
  },
};

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
