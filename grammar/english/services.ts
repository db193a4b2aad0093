/**
 * Services people name in prompts, with their protocols and ports (IANA
 * assignments; RouterOS defaults for winbox 8291, api 8728, api-ssl 8729,
 * bandwidth-test 2000). `router: true` marks services RouterOS itself offers,
 * so "block ssh" without a destination means traffic to the router (input).
 * `ipService` names the matching /ip service entry.
 */
export interface ServiceSpec {
  readonly name: string;
  readonly protocols: readonly ('tcp' | 'udp')[];
  readonly ports: readonly (number | readonly [number, number])[];
  readonly router: boolean;
  readonly ipService?: string;
  /** Protocols without ports the service also needs (IPsec's ESP, PPTP's GRE): matched in a rule of their own. */
  readonly alsoProtocols?: readonly ('gre' | 'ipsec-esp')[];
  /** Other words and spellings people use for it. */
  readonly aliases: readonly string[];
}

const s = (
  name: string,
  protocols: readonly ('tcp' | 'udp')[],
  ports: readonly (number | readonly [number, number])[],
  router: boolean,
  aliases: readonly string[] = [],
  ipService?: string,
  alsoProtocols?: readonly ('gre' | 'ipsec-esp')[],
): ServiceSpec => ({ name, protocols, ports, router, aliases, ...(ipService === undefined ? {} : { ipService }), ...(alsoProtocols === undefined ? {} : { alsoProtocols }) });

export const SERVICES: readonly ServiceSpec[] = [
  s('ssh', ['tcp'], [22], true, ['sshd', 'secure shell'], 'ssh'),
  s('telnet', ['tcp'], [23], true, [], 'telnet'),
  s('ftp', ['tcp'], [21], true, [], 'ftp'),
  s('winbox', ['tcp'], [8291], true, ['win box'], 'winbox'),
  s('http', ['tcp'], [80], true, ['www', 'web', 'webfig', 'web interface', 'web server', 'webserver', 'website'], 'www'),
  s('https', ['tcp'], [443], true, ['www-ssl', 'secure web'], 'www-ssl'),
  s('api', ['tcp'], [8728], true, ['routeros api', 'mikrotik api'], 'api'),
  s('api-ssl', ['tcp'], [8729], true, ['api ssl', 'secure api'], 'api-ssl'),
  s('dns', ['udp', 'tcp'], [53], true, ['domain', 'name server', 'nameserver']),
  s('ntp', ['udp'], [123], true, ['time server']),
  s('snmp', ['udp'], [161], true, []),
  s('bandwidth-test', ['tcp', 'udp'], [2000], true, ['btest', 'bandwidth test']),
  s('winbox-discovery', ['udp'], [5678], true, ['mndp', 'neighbor discovery']),
  s('dhcp', ['udp'], [67, 68], true, []),
  s('tftp', ['udp'], [69], true, []),
  s('syslog', ['udp'], [514], true, []),
  s('bgp', ['tcp'], [179], true, []),
  s('wireguard', ['udp'], [13231], true, ['wg']),
  s('openvpn', ['udp'], [1194], true, ['ovpn']),
  s('l2tp', ['udp'], [1701], true, []),
  s('pptp', ['tcp'], [1723], true, [], undefined, ['gre']),
  s('ipsec', ['udp'], [500, 4500], true, ['ike'], undefined, ['ipsec-esp']),
  s('sstp', ['tcp'], [443], true, []),
  // DNS over TLS (RFC 7858) is clients talking to public resolvers; RouterOS does not serve it.
  s('dns-over-tls', ['tcp'], [853], false, ['dns over tls', 'dns-over-tls', 'dot server']),
  s('smtp', ['tcp'], [25], false, ['mail', 'email', 'e-mail']),
  s('smtps', ['tcp'], [465], false, []),
  s('submission', ['tcp'], [587], false, []),
  s('pop3', ['tcp'], [110], false, ['pop']),
  s('pop3s', ['tcp'], [995], false, []),
  s('imap', ['tcp'], [143], false, []),
  s('imaps', ['tcp'], [993], false, []),
  s('rdp', ['tcp'], [3389], false, ['remote desktop', 'terminal services']),
  s('vnc', ['tcp'], [5900], false, []),
  s('smb', ['tcp'], [445], false, ['samba', 'cifs', 'windows file sharing', 'file sharing']),
  s('netbios', ['udp', 'tcp'], [[137, 139]], false, []),
  s('mysql', ['tcp'], [3306], false, ['mariadb']),
  s('postgresql', ['tcp'], [5432], false, ['postgres']),
  s('mssql', ['tcp'], [1433], false, ['sql server']),
  s('redis', ['tcp'], [6379], false, []),
  s('ldap', ['tcp'], [389], false, []),
  s('ldaps', ['tcp'], [636], false, []),
  s('sip', ['udp'], [5060], false, ['voip']),
  s('rtsp', ['tcp'], [554], false, []),
  s('mqtt', ['tcp'], [1883], false, []),
  s('minecraft', ['tcp'], [25565], false, []),
  s('plex', ['tcp'], [32400], false, []),
  s('http-alt', ['tcp'], [8080], false, ['http alt', 'http-proxy']),
  s('squid', ['tcp'], [3128], false, ['proxy']),
];

/** ICMP is a protocol, not a port: these words mean `protocol=icmp`. */
export const ICMP_WORDS: readonly string[] = ['icmp', 'ping', 'pings', 'echo'];

/**
 * Words for a ping, which is one ICMP type (echo request, `icmp-options=8:0`), not all of ICMP: a rule about pings
 * leaves the error messages connections need (destination unreachable, fragmentation needed) alone.
 */
export const ECHO_REQUEST_WORDS: ReadonlySet<string> = new Set(['ping', 'pings', 'pinging', 'echo', 'echo request', 'echo requests']);
