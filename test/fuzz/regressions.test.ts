/**
 * Every counterexample the fuzz properties found, shrunk to a minimal case.
 *
 * - `it`: the bug was fixed; the case keeps it fixed.
 * - `it.fails`: the bug is open (listed in known-bugs.ts, where the
 *   properties skip its inputs). The case asserts the right behaviour, so it
 *   fails today, which `it.fails` expects; once the bug is fixed vitest
 *   reports it, and the case becomes a plain `it` (and the entry in
 *   known-bugs.ts goes).
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { stripLocations } from '../../src/ast/strip.js';
import { parseScript } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { validateScript } from '../../src/rsc/validate.js';
import { canonicalCommands } from '../../src/testing/index.js';

/** The prompt produces exactly these commands (any order), with this destructive flag. */
function produces(prompt: string, script: string, destructive: boolean): void {
  const item = generateScript(prompt).response[0]!;
  expect(item.content, `refused: ${item.error}`).not.toBe('');
  expect(canonicalCommands(item.content)).toEqual(canonicalCommands(script));
  expect(item.destructive).toBe(destructive);
}

/** The prompt is refused (nothing is written). */
function refused(prompt: string): void {
  const item = generateScript(prompt).response[0]!;
  expect(item.content).toBe('');
  expect(item.destructive).toBe(false);
}

/** Text that the parser accepts prints as text that parses back to the same tree; or the parser reports an error. */
function readsBackOrRejects(text: string): void {
  if (parseScript(text).diagnostics.some((d) => d.severity === 'error')) return;
  roundTrips(text);
}

/** Text that parses without errors prints as text that parses back to the same tree. */
function roundTrips(text: string): void {
  const first = parseScript(text);
  expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const printed = printScript(first.ast);
  const second = parseScript(printed);
  expect(second.diagnostics.filter((d) => d.severity === 'error'), printed).toEqual([]);
  expect(stripLocations(second.ast), printed).toEqual(stripLocations(first.ast));
}

describe('fixed: intents', () => {
  it('a filter verb over a list of services "on ether2" is the firewall\'s too, not remote syslog (npm run fuzz, seed 8080)', () => {
    produces(
      'KINDLY FIREWALL WIREGUARD, SYSLOG AND API SSL ON ether2 WITH LOGGING with comment "x by admin"',
      '/ip firewall filter add chain=input protocol=udp dst-port=13231,514 in-interface=ether2 action=drop log=yes log-prefix="drop-wireguard-syslog-api-ssl" comment="x by admin"\n' +
        '/ip firewall filter add chain=input protocol=tcp dst-port=8729 in-interface=ether2 action=drop log=yes log-prefix="drop-wireguard-syslog-api-ssl" comment="x by admin"',
      true,
    );
  });

  it('second independent evaluation: "block 1.1.1.1 dns for the lan" does not say which side 1.1.1.1 is on', () => {
    refused('block 1.1.1.1 dns for the lan');
    produces('block traffic from the lan to 1.1.1.1', '/ip firewall filter add chain=forward dst-address=1.1.1.1 in-interface-list=LAN action=drop', true);
  });

  it('second independent evaluation: "a file called daily" names the backup; "make ether5 untagged in vlan 20 and ether1 tagged" keeps ether5', () => {
    produces('back up the router to a file called daily', '/system backup save name="daily"', false);
    produces('make ether5 untagged in vlan 20 and ether1 tagged', '/interface bridge vlan add bridge=bridge vlan-ids=20 tagged=ether1 untagged=ether5\n/interface bridge port set [find interface=ether5] pvid=20', true);
  });

  it('second independent evaluation: options not written (reject-with, own log prefix, logging a limit) and an unclear "only" are refused; two settings under one verb are two requests (issue 15)', () => {
    refused('reject ssh from wan with tcp reset');
    refused('log ssh from wan with prefix SSH');
    refused('limit ssh to 5 per minute and log it');
    produces('set router identity to branch-02 and timezone to Europe/London', '/system identity set name="branch-02"\n/system clock set time-zone-autodetect=no time-zone-name=Europe/London', false);
    refused('let 10.0.0.5 reach the router only on ssh');
    refused('only allow https from the internet to 192.168.88.20');
  });

  it('second independent evaluation: no drop-all from "only allow" without a service, no provider or NAT-exemption guesses, no block-and-allow in one rule', () => {
    refused('create user viewer in group read with password V1ewer-pass-2024 and allow only from 10.0.0.0/8');
    refused('block google dns for lan clients');
    refused("don't nat traffic from 192.168.88.0/24 to 10.0.0.0/8");
    refused('never masquerade 192.168.88.0/24');
    refused('block ssh from the wan but allow it from 198.51.100.5');
    refused('add 10.0.0.5 to the trusted list and allow it to winbox');
    // An interface in an interface list, never an address-list entry (issue 15 writes interface lists).
    expect(generateScript('remove ether7 from the WAN list').response[0]!.content).toBe('/interface list member remove [find interface=ether7 list=WAN]\n');
    refused('drop packets larger than 1500 bytes');
    refused('open port 8080 for 192.168.88.5');
    produces('Open port 8291 for 10.10.10.10', '/ip firewall filter add chain=input protocol=tcp src-address=10.10.10.10 dst-port=8291 action=accept', false);
    produces('block ports 6000 through 6010', '/ip firewall filter add chain=input protocol=tcp dst-port=6000-6010 action=drop\n/ip firewall filter add chain=forward protocol=tcp dst-port=6000-6010 action=drop', true);
  });

  it('independent evaluation: an unquoted comment is written, never dropped (issue 15); a DNS cache flush can be scheduled', () => {
    produces('block ssh with comment test', '/ip firewall filter add chain=input protocol=tcp dst-port=22 action=drop comment="test"', true);
    refused('block ssh with comment old rule from the internet');
    produces('remove the raw rule with comment bogons', '/ip firewall raw remove [find comment="bogons"]', true);
    produces('every hour flush dns cache', '/system scheduler add name="cache-flush-1h" start-time=00:00:00 interval=1h on-event="/ip dns cache flush"', false);
  });

  it('independent evaluation: "ether2 to ether5" and "through" are ranges; a NAT exception and a pronoun for a user are refused; "stop allowing" is a block', () => {
    produces('disable ether2 through ether4', '/interface disable ether2\n/interface disable ether3\n/interface disable ether4', true);
    produces('block traffic from ether1 to ether2', '/ip firewall filter add chain=forward in-interface=ether1 out-interface=ether2 action=drop', true);
    refused('masquerade everything except 10.0.0.0/8');
    refused('add user eve group full password Aa1!aaaaa and allow her only from 10.0.0.0/24');
    produces('stop allowing telnet from lan', '/ip firewall filter add chain=input protocol=tcp dst-port=23 in-interface-list=LAN action=drop', true);
  });

  // ("enable ntp server" was asked back as client-or-server; evaluation 4 judged "server" said, so it is the router's NTP server now.)
  it('independent evaluation: port forwards keep the inside port, one speed "up and down" is both, bare speeds and port 0 are refused, "enable ntp server" is the server', () => {
    produces('map external port 8443 to internal host 192.168.88.100 on 443', '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8443 action=dst-nat to-addresses=192.168.88.100 to-ports=443', false);
    produces('forward ssh from wan port 2200 to 192.168.88.5', '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=2200 action=dst-nat to-addresses=192.168.88.5 to-ports=22', false);
    produces('limit 192.168.88.20 to 10M up and down', '/queue simple add name="limit-192.168.88.20" target=192.168.88.20/32 max-limit=10M/10M', false);
    refused('give 192.168.88.60 ten megabits download and five upload');
    refused('block port 0');
    produces('enable ntp server', '/system ntp server set enabled=yes\n/system ntp client set enabled=yes', false);
  });

  it('independent evaluation: lists named after DNS providers, the word "policy", IPv6, 1:1 NAT, durations and undoing', () => {
    produces('add 1.1.1.1 to list cloudflare', '/ip firewall address-list add list=cloudflare address=1.1.1.1', false);
    produces('create group x with read and winbox policy', '/user group add name="x" policy=read,winbox', false);
    produces('create group z with policy read,write,ssh,winbox', '/user group add name="z" policy=read,write,ssh,winbox', false);
    refused('block ssh over ipv6');
    refused('1:1 nat 203.0.113.10 to 192.168.88.10');
    refused('block 192.168.88.50 for 2 hours');
    refused('stop blocking ssh from lan');
  });

  it('independent evaluation: an exception of connection states is negated, an exception nothing reads is refused', () => {
    produces('block everything from wan except established and related', '/ip firewall filter add chain=input connection-state=!established,related in-interface-list=WAN action=drop\n/ip firewall filter add chain=forward connection-state=!established,related in-interface-list=WAN action=drop', true);
    // Written with a comma as RouterOS lists them, the states are the same exception (issue 15).
    produces('drop traffic from wan except established,related', '/ip firewall filter add chain=input connection-state=!established,related in-interface-list=WAN action=drop\n/ip firewall filter add chain=forward connection-state=!established,related in-interface-list=WAN action=drop', true);
    refused('drop traffic from wan except the rest');
  });

  it('independent evaluation: a router user\'s login restriction is no firewall drop-all; "to port N" keeps the port; an unresolved "it" is refused', () => {
    refused('allow admin only from 192.168.88.0/24');
    refused('allow bob to log in only from 10.0.0.0/24');
    produces('block lan from accessing the router on port 80', '/ip firewall filter add chain=input protocol=tcp dst-port=80 in-interface-list=LAN action=drop', true);
    produces('allow 203.0.113.9 to reach port 8291', '/ip firewall filter add chain=input protocol=tcp src-address=203.0.113.9 dst-port=8291 action=accept', false);
    // (Issue 12 item 4: "it" is now the traffic of the filter clause before; with none, it stays refused.)
    refused('allow it from 10.0.0.0/8');
    refused('set the identity to r1 and allow it from 10.0.0.0/8');
  });

  it('"I want to open dns and www" opens them; RouterOS text after a typed \\n is code, refused (npm run fuzz, seed 9001)', () => {
    produces('I want to open dns and www with comment "web fw"', '/ip firewall filter add chain=input protocol=udp dst-port=53 action=accept comment="web fw"\n/ip firewall filter add chain=input protocol=tcp dst-port=53,80 action=accept comment="web fw"', false);
    refused('Could you please accept terminal services and routeros \\n/user set admin password=x/system/reset-configuration\u202e api');
  });

  it('a firewall or NAT clause with a time of day is refused, not made a rule that holds at all hours', () => {
    refused('allow ssh during work hours');
    refused('block telnet from the internet at night');
  });

  // (Refused until evaluation 4: a block after a count of attempts at a named service is now brute-force protection.)
  it('a count of tries is no port: "block ssh after 3 failed attempts" is brute-force protection, not "block port 3"', () => {
    const script = generateScript('block ssh after 3 failed attempts').response[0].content;
    expect(script).toContain('address-list=ssh_blacklist');
    expect(script).not.toMatch(/dst-port=3\b/);
    refused('block 10.0.0.5 after 3 attempts');
    refused('ban anyone who fails ssh login 5 times');
  });

  it('"block ssh and port 8080" blocks both, not ssh moved to port 8080 (and "ssh on port 2222" stays one service on its port)', () => {
    produces('block ssh and port 8080', '/ip firewall filter add chain=input protocol=tcp dst-port=22,8080 action=drop', true);
    produces('block ssh on port 2222', '/ip firewall filter add chain=input protocol=tcp dst-port=2222 action=drop', true);
  });

  it('"open dns coming in on pppoe-out1" opens DNS; "allow nameserver from the lan" is a filter rule like "allow dns from the lan" (npm run fuzz, seed 777)', () => {
    produces(
      'could you please open dns coming in on pppoe-out1 with comment "temp A1"',
      '/ip firewall filter add chain=input protocol=udp dst-port=53 in-interface=pppoe-out1 action=accept comment="temp A1"\n' +
        '/ip firewall filter add chain=input protocol=tcp dst-port=53 in-interface=pppoe-out1 action=accept comment="temp A1"',
      false,
    );
    produces('PLEASE ALLOW NAMESERVER FROM THE LOCAL NETWORK thanks', '/ip firewall filter add chain=input protocol=udp dst-port=53 in-interface-list=LAN action=accept\n/ip firewall filter add chain=input protocol=tcp dst-port=53 in-interface-list=LAN action=accept', false);
  });

  it('", allowed from X" describes the request before it: SNMP limited to X, not an accept-all firewall rule', () => {
    produces('Enable SNMP with community monitoring, allowed from 10.0.0.0/24', '/snmp set enabled=yes\n/snmp community add name="monitoring" addresses=10.0.0.0/24', false);
  });

  it('a WireGuard peer clause that also names another interface or a route is refused, not cut down to the peer', () => {
    refused('set mtu on ether1 to 1492 and wireguard peer for wg0: pubkey L7XJN00kZ7Ush9i6vRxUVHdFExayjvmIT0NDRNmGAuw=, allowed 10.8.0.0/24');
    refused('add a default route via 10.0.0.1 to 10.0.0.0/8 and wireguard peer for wg0: pubkey L7XJN00kZ7Ush9i6vRxUVHdFExayjvmIT0NDRNmGAuw=, allowed 10.8.0.0/24');
  });

  it('a quoted comment is no DNS name: "map domain to X port N with comment ..." is a port forward (npm run fuzz, seed 4242)', () => {
    produces(
      'please map domain to 192.168.197.248 port 65530 with comment "by admin x ok" thanks',
      '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=udp dst-port=53 action=dst-nat to-addresses=192.168.197.248 to-ports=65530 comment="by admin x ok"\n' +
        '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=53 action=dst-nat to-addresses=192.168.197.248 to-ports=65530 comment="by admin x ok"',
      false,
    );
  });

  it('a group\'s policy list may end in "and reboot" (a policy, not a reboot); "with policy read" does not make "policy" a policy', () => {
    produces('create group ops with read, write and reboot', '/user group add name="ops" policy=read,write,reboot', false);
    produces('add a group monitor with policy read and reboot', '/user group add name="monitor" policy=read,reboot', false);
    produces('create group ops with read and write and reboot the router', '/user group add name="ops" policy=read,write\n/system reboot', true);
  });

  it('"turn off neighbor discovery on the wan" keeps it on the LAN list instead of turning it off everywhere', () => {
    produces('turn off neighbor discovery on the wan', '/ip neighbor discovery-settings set discover-interface-list=LAN', false);
    refused('disable neighbor discovery on ether1');
  });

  it('a quoted value with a lone UTF-16 surrogate is refused, not an internal error (the printed script could not read back)', () => {
    refused('set the ssf wifi1 to Office and the password to "corr\udba8t-horse"');
    expect(generateScript('set the ssid of wifi1 to Office and the password to "corr\udba8t-horse"').response[0]!.error).toContain('unpaired UTF-16 surrogate');
  });

  it('a part before "and" with no verb we know is its own request: "switch dns to google and block telnet" does not block DNS', () => {
    produces('switch dns to google and block telnet', '/ip dns set servers=8.8.8.8,8.8.4.4\n/ip firewall filter add chain=input protocol=tcp dst-port=23 action=drop', true);
    produces('ping 9.9.9.9 ten times and add 203.0.113.7 to the address list blocked', '/tool ping 9.9.9.9 count=10\n/ip firewall address-list add list=blocked address=203.0.113.7', false);
  });

  it('a filter verb, an interface and a comment make a filter rule, not an interface comment', () => {
    produces('block ssh on ether2 with comment "x"', '/ip firewall filter add chain=input protocol=tcp dst-port=22 in-interface=ether2 action=drop comment="x"', true);
  });

  it('"allow https and snmp" is two filter rules, not /snmp set enabled=yes', () => {
    produces('allow https and snmp', '/ip firewall filter add chain=input protocol=tcp dst-port=443 action=accept\n/ip firewall filter add chain=input protocol=udp dst-port=161 action=accept', false);
  });

  it('syslog is a service like the others: "block syslog from the internet"', () => {
    produces('block syslog from the internet', '/ip firewall filter add chain=input protocol=udp dst-port=514 in-interface-list=WAN action=drop', true);
  });

  it('forwarding a TCP+UDP port to another port counts the one external port once', () => {
    produces(
      'forward port 53 to 10.0.0.5 port 5353',
      '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=udp dst-port=53 action=dst-nat to-addresses=10.0.0.5 to-ports=5353\n' +
        '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=53 action=dst-nat to-addresses=10.0.0.5 to-ports=5353',
      false,
    );
  });

  it('a port range at the end of a sentence stays a range', () => {
    produces('block ports 3-12.', '/ip firewall filter add chain=input protocol=tcp dst-port=3-12 action=drop\n/ip firewall filter add chain=forward protocol=tcp dst-port=3-12 action=drop', true);
  });

  it('"tarpit mndp from the lan" is a filter rule, not neighbor discovery settings', () => {
    produces('tarpit mndp from the lan', '/ip firewall filter add chain=input protocol=udp dst-port=5678 in-interface-list=LAN action=tarpit', true);
  });

  it('"stop ping on wlan1" filters ICMP, it does not disable the radio', () => {
    produces('stop ping on wlan1', '/ip firewall filter add chain=input protocol=icmp icmp-options=8:0 in-interface=wlan1 action=drop', true);
  });

  it('"from untrusted" is where the traffic comes from', () => {
    produces('block telnet from untrusted', '/ip firewall filter add chain=input protocol=tcp dst-port=23 in-interface-list=WAN action=drop', true);
  });

  it('"from users" is the LAN side', () => {
    produces('stop port 16656 from users', '/ip firewall filter add chain=input protocol=tcp dst-port=16656 in-interface-list=LAN action=drop\n/ip firewall filter add chain=forward protocol=tcp dst-port=16656 in-interface-list=LAN action=drop', true);
  });
});

describe('open: intents (known-bugs.ts)', () => {
  it('services-family-takes-filter-verbs: "open dns, https and http from ether5" opens ports, it does not set OpenDNS servers', () => {
    produces(
      'open dns, https and http from ether5',
      '/ip firewall filter add chain=input protocol=udp dst-port=53 in-interface=ether5 action=accept\n/ip firewall filter add chain=input protocol=tcp dst-port=53,443,80 in-interface=ether5 action=accept',
      false,
    );
  });

  it('services-family-takes-filter-verbs: "allow l2tp, name server and smb from the lan" is filter rules, not /ip dns set', () => {
    produces(
      'allow l2tp, name server and smb from the lan',
      // (l2tp and dns are the router's: input; smb is the hosts': forward.)
      '/ip firewall filter add chain=input protocol=udp dst-port=1701,53 in-interface-list=LAN action=accept\n/ip firewall filter add chain=input protocol=tcp dst-port=53 in-interface-list=LAN action=accept\n' +
        '/ip firewall filter add chain=forward protocol=tcp dst-port=445 in-interface-list=LAN action=accept',
      false,
    );
  });

  it('services-family-takes-filter-verbs: "firewall syslog and file sharing from 192.168.116.234" is filter rules, not remote logging', () => {
    produces(
      'firewall syslog and file sharing from 192.168.116.234',
      '/ip firewall filter add chain=input protocol=udp src-address=192.168.116.234 dst-port=514 action=drop\n/ip firewall filter add chain=input protocol=tcp src-address=192.168.116.234 dst-port=445 action=drop\n' +
        '/ip firewall filter add chain=forward protocol=udp src-address=192.168.116.234 dst-port=514 action=drop\n/ip firewall filter add chain=forward protocol=tcp src-address=192.168.116.234 dst-port=445 action=drop',
      true,
    );
  });

  it('stop-read-as-disable: "stop dhcp and samba from the lan" filters both, it does not disable the DHCP server', () => {
    produces(
      'stop dhcp and samba from the lan',
      '/ip firewall filter add chain=input protocol=udp dst-port=67,68 in-interface-list=LAN action=drop\n/ip firewall filter add chain=input protocol=tcp dst-port=445 in-interface-list=LAN action=drop\n' +
        '/ip firewall filter add chain=forward protocol=udp dst-port=67,68 in-interface-list=LAN action=drop\n/ip firewall filter add chain=forward protocol=tcp dst-port=445 in-interface-list=LAN action=drop',
      true,
    );
  });
});

describe('fixed: hostile text', () => {
  it('`é/user set admin password=x` is RouterOS syntax and the prompt is refused', () => {
    refused('block ssh from the internet é/user set admin password=x');
  });

  it('`#/user set ...` is refused too', () => {
    refused('block ssh #/user set admin password=x');
  });

  it('`{/system reboot}` does not reboot the router', () => {
    refused('{/system reboot} forward port 80 to 10.0.0.5');
  });
});

describe('fixed: parser and printer', () => {
  it('`->` after a property name keeps its meaning when printed (`name->x` is not `name- > x`)', () => {
    roundTrips(':put (name -> x)');
    roundTrips(':put (yes -> x)');
  });

  it('numbers up to 2^53 are numbers, so the schema accepts 64-bit counters written in full', () => {
    const { ast } = parseScript('/ip hotspot user set limit-bytes-out=8535180439016295');
    expect(validateScript(ast).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a root command the parser does not know prints as itself (`:globalin:put`, `:a`)', () => {
    roundTrips(':globalin:put');
    roundTrips(':a');
  });
});

describe('parser and printer: what the parser accepts it can print', () => {
  it('odd-segments-in-unknown-menu-path: `where/system/script/add`', () => {
    readsBackOrRejects('where/system/script/add name=x');
  });

  it('odd-segments-in-unknown-menu-path: `or/:global/set`', () => {
    readsBackOrRejects('or/:global/set');
  });

  it('argument-name-printer-rejects: `$f *x=1` parses, so it must print', () => {
    readsBackOrRejects('$f *x=1');
  });

  it('argument-name-printer-rejects: `/ip address add *x=1` parses, so it must print', () => {
    readsBackOrRejects('/ip address add *x=1');
  });

  it('slash-in-where-clause: `where a=c /ip`', () => {
    readsBackOrRejects('/ip address print where a=c /ip');
  });

  it('colon-word-as-command-name: `::1 comment=-1` parses, so it must read back as itself', () => {
    readsBackOrRejects('::1 comment=-1');
  });

  it('a `#` after a where clause of :local: parses without errors, so it must print', () => {
    readsBackOrRejects(':local where # / ::1');
  });
});
