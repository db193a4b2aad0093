/**
 * What RouterOS's default configuration (defconf, on a home or SOHO router) sets up, as the policy reads it when it
 * has no configuration: ether1 is the internet port (member of the WAN list, with the DHCP client), the LAN is the
 * bridge `bridge` in the LAN list with 192.168.88.1/24, and the input chain drops everything not coming from the LAN
 * list. A command that is harmless on most routers but breaks this one is flagged: the policy assumes the default
 * configuration wherever it cannot see the router's own.
 */
import { parsePrefix, type Prefix } from './prefixes.js';

/** The default configuration's internet port. */
export const DEFAULT_WAN_PORT = 'ether1';
/** The default configuration's LAN bridge and its address. */
export const DEFAULT_LAN_BRIDGE = 'bridge';
export const DEFAULT_LAN_ADDRESS = '192.168.88.1';
export const DEFAULT_LAN_SUBNET = '192.168.88.0/24';

/**
 * Interface names that face the internet: the default configuration's ether1, and names that say so (`wan`,
 * `internet`, `isp`, `uplink`) or that RouterOS gives to the client end of an ISP link (`pppoe-out1`, `lte1`, ...).
 */
const INTERNET_NAME = /wan|internet|\bisp|uplink|^(?:pppoe|l2tp|sstp|ovpn|pptp)-out|^lte\d/i;

/** Why an interface is taken to face the internet, or null. */
export function facesInternet(name: string): string | null {
  if (name === DEFAULT_WAN_PORT) return `${name} is the internet port in RouterOS's default configuration (a member of the WAN list, with the DHCP client)`;
  if (INTERNET_NAME.test(name)) return `the name ${name} says it faces the internet`;
  return null;
}

/** Interface list names that the firewall trusts (the default configuration's LAN list and lists named like it). */
export const TRUSTED_LIST = /lan|trust|mgmt|manage|admin|internal|inside/i;
export function isTrustedList(name: string): boolean {
  return TRUSTED_LIST.test(name) && !/wan|untrust/i.test(name);
}

/** Whether two prefixes share an address (one holds the other). */
export function overlaps(a: Prefix, b: Prefix): boolean {
  if (a.family !== b.family) return false;
  const bits = a.family === 4 ? 32 : 128;
  const length = Math.min(a.length, b.length);
  const host = BigInt(bits - length);
  return a.start >> host === b.start >> host;
}

/**
 * Whether an interface address takes over (part of) a subnet another interface has: its own subnet lies inside that
 * one (the connected route is as or more specific, so traffic for those hosts leaves the wrong way). A wider subnet
 * around it does not (the existing, more specific route still wins), and neither does a single-address /32 (a VRRP
 * or loopback address makes no subnet route).
 */
export function takesOver(added: Prefix, existing: Prefix): boolean {
  const bits = added.family === 4 ? 32 : 128;
  return added.length < bits && added.length >= existing.length && overlaps(added, existing);
}

/** The default configuration's LAN subnet, parsed. */
export const DEFAULT_LAN: Prefix = parsePrefix(DEFAULT_LAN_SUBNET)!;
