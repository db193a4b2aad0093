/**
 * Generation options: what "WAN" and "LAN" mean on the user's router.
 * Defaults follow RouterOS's default configuration: interface lists WAN and
 * LAN, bridge `bridge`, subnet 192.168.88.0/24.
 */
import { isIpv4 } from '../ast/classify.js';
import { RequestError } from './errors.js';

/** An interface list (`in-interface-list=WAN`) or one interface (`in-interface=ether1`). */
export type InterfaceRef = { readonly list: string } | { readonly interface: string };

export interface GenerateOptions {
  /**
   * The internet side. A string is read as an interface list when it is all
   * capitals (`WAN`), otherwise as an interface name (`ether1`). Default: list WAN.
   */
  readonly wan?: string | InterfaceRef;
  /** The LAN side; same rules as `wan`. Default: list LAN. */
  readonly lan?: string | InterfaceRef;
  /** The LAN bridge. Default: bridge. */
  readonly lanBridge?: string;
  /** The LAN subnet. Default: 192.168.88.0/24. */
  readonly lanSubnet?: string;
}

export interface ResolvedOptions {
  readonly wan: InterfaceRef;
  readonly lan: InterfaceRef;
  readonly lanBridge: string;
  readonly lanSubnet: { readonly address: string; readonly length: number };
  /** True when `wan` was left at its default (responses then say what WAN was taken to mean). */
  readonly wanIsDefault: boolean;
}

/** Names we print bare: letters, digits and `-_.`, not starting with a digit-only or dotted-number shape. */
const NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function interfaceRef(input: unknown, what: string, fallback: InterfaceRef): InterfaceRef {
  if (input === undefined) return fallback;
  if (typeof input === 'string') {
    if (!NAME.test(input)) throw new RequestError('invalid_option', `option ${what} must be an interface or interface-list name such as ether1 or WAN`);
    return /^[A-Z][A-Z0-9_-]*$/.test(input) ? { list: input } : { interface: input };
  }
  if (input !== null && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o.list === 'string' && NAME.test(o.list)) return { list: o.list };
    if (keys.length === 1 && typeof o.interface === 'string' && NAME.test(o.interface)) return { interface: o.interface };
  }
  throw new RequestError('invalid_option', `option ${what} must be a name, { list: name } or { interface: name }`);
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new RequestError('invalid_option', 'options must be an object');
  const o = options as Record<string, unknown>;
  const known = new Set(['wan', 'lan', 'lanBridge', 'lanSubnet']);
  for (const key of Object.keys(o)) if (!known.has(key)) throw new RequestError('invalid_option', `unknown option ${JSON.stringify(key.slice(0, 40))}`);
  const lanBridge = o.lanBridge ?? 'bridge';
  if (typeof lanBridge !== 'string' || !NAME.test(lanBridge)) throw new RequestError('invalid_option', 'option lanBridge must be an interface name');
  const subnet = o.lanSubnet ?? '192.168.88.0/24';
  const match = typeof subnet === 'string' ? /^([\d.]+)\/(\d{1,2})$/.exec(subnet) : null;
  if (!match || !isIpv4(match[1]!) || Number(match[2]) > 32) throw new RequestError('invalid_option', 'option lanSubnet must be an IPv4 prefix such as 192.168.88.0/24');
  return {
    wan: interfaceRef(o.wan, 'wan', { list: 'WAN' }),
    lan: interfaceRef(o.lan, 'lan', { list: 'LAN' }),
    lanBridge,
    lanSubnet: { address: match[1]!, length: Number(match[2]) },
    wanIsDefault: o.wan === undefined,
  };
}
