/**
 * Tunnels and PPP clients: PPPoE client, L2TP server and client, the SSTP server, EoIP, GRE.
 * Manual: PPPoE, L2TP, EoIP, GRE.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import {
  ARP_MODE, LIST_COMMANDS, LIST_WITH_UNSET, LOOP_PROTECT, MONITOR_FLAGS, MTU, MTU_OR_AUTO, PORT, PPP_AUTH, PPP_PROFILE, withReadOnly,
} from './common.js';

const monitor = command({ numbers: { value: T.name, list: true }, duration: T.time, interval: T.time }, { positional: ['numbers'], flags: MONITOR_FLAGS });

/** What every PPP client dials with. */
const PPP_CLIENT = {
  name: T.name,
  user: T.string,
  password: T.string,
  profile: PPP_PROFILE,
  'add-default-route': T.yesno,
  'default-route-distance': int(0, 255),
  'dial-on-demand': T.yesno,
  allow: PPP_AUTH,
  // Seconds, or `disabled`.
  'keepalive-timeout': oneOfOrName('disabled'),
  mrru: oneOfOrName('disabled'),
};

export const pppoeClient: MenuSpec = withReadOnly(itemMenu('/interface pppoe-client', {
  ...PPP_CLIENT,
  interface: T.name,
  'use-peer-dns': T.yesno,
  'service-name': T.string,
  'ac-name': T.string,
  'host-uniq': T.string,
  'max-mtu': MTU_OR_AUTO,
  'max-mru': MTU_OR_AUTO,
}, {
  required: ['interface'],
  commands: LIST_WITH_UNSET,
  extra: { monitor, scan: command({ interface: T.name, duration: T.time }, { positional: ['interface'], flags: ['as-value', 'without-paging'] }) },
}), { running: T.yesno, invalid: T.yesno });

/** The L2TP server's settings (the items of /interface l2tp-server are its per-user bindings). */
export const l2tpServer: MenuSpec = settingsMenu('/interface l2tp-server server', {
  enabled: T.yesno,
  'default-profile': PPP_PROFILE,
  authentication: PPP_AUTH,
  'use-ipsec': oneOf('no', 'required', 'yes'),
  'ipsec-secret': T.string,
  'max-mtu': MTU,
  'max-mru': MTU,
  mrru: oneOfOrName('disabled'),
  'keepalive-timeout': oneOfOrName('disabled'),
  'one-session-per-host': T.yesno,
  'max-sessions': oneOfOrName('unlimited'),
  'allow-fast-path': T.yesno,
  'caller-id-type': oneOf('ip-address', 'number'),
  'accept-proto-version': oneOf('all', 'l2tpv2', 'l2tpv3'),
  'accept-pseudowire-type': oneOf('all', 'ether', 'ppp'),
});

/** The SSTP server's settings: it needs a certificate with the name clients connect to (manual: SSTP). */
export const sstpServer: MenuSpec = settingsMenu('/interface sstp-server server', {
  enabled: T.yesno,
  certificate: oneOfOrName('none'),
  'default-profile': PPP_PROFILE,
  authentication: PPP_AUTH,
  ciphers: setOf('aes256-sha', 'aes256-gcm-sha384'),
  pfs: oneOf('no', 'required', 'yes'),
  'tls-version': oneOf('any', 'only-1.2'),
  'verify-client-certificate': T.yesno,
  port: PORT,
  'max-mtu': MTU,
  'max-mru': MTU,
  mrru: oneOfOrName('disabled'),
  'keepalive-timeout': oneOfOrName('disabled'),
});

export const l2tpClient: MenuSpec = withReadOnly(itemMenu('/interface l2tp-client', {
  ...PPP_CLIENT,
  'connect-to': T.host,
  'use-peer-dns': oneOf('exclusively', 'no', 'yes'),
  'use-ipsec': T.yesno,
  'ipsec-secret': T.string,
  'max-mtu': MTU,
  'max-mru': MTU,
  'allow-fast-path': T.yesno,
  'l2tp-proto-version': oneOf('l2tpv2', 'l2tpv3-ip', 'l2tpv3-udp'),
  'src-address': T.ip,
  'random-source-port': T.yesno,
}, { required: ['connect-to'], commands: LIST_COMMANDS, extra: { monitor } }), { running: T.yesno });

/** What EoIP and GRE tunnels share. */
const IP_TUNNEL = {
  name: T.name,
  'remote-address': T.host,
  'local-address': T.ip,
  mtu: MTU_OR_AUTO,
  // `10s,10`: interval and retries.
  keepalive: T.any,
  'ipsec-secret': T.string,
  'clamp-tcp-mss': T.yesno,
  'dont-fragment': oneOf('inherit', 'no'),
  // 0..63, or `inherit`.
  dscp: oneOfOrName('inherit'),
  'allow-fast-path': T.yesno,
};

export const eoip: MenuSpec = withReadOnly(itemMenu('/interface eoip', {
  ...IP_TUNNEL,
  'tunnel-id': int(0, 65535),
  'mac-address': T.mac,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
  'loop-protect': LOOP_PROTECT,
  'loop-protect-disable-time': T.time,
  'loop-protect-send-interval': T.time,
}, { required: ['remote-address', 'tunnel-id'], commands: LIST_WITH_UNSET }), { running: T.yesno, 'actual-mtu': MTU });

export const gre: MenuSpec = withReadOnly(itemMenu('/interface gre', IP_TUNNEL, {
  required: ['remote-address'],
  commands: LIST_WITH_UNSET,
}), { running: T.yesno, 'actual-mtu': MTU });

export const TUNNEL_MENUS: readonly MenuSpec[] = [pppoeClient, l2tpServer, sstpServer, l2tpClient, eoip, gre];
