/**
 * Generation options: what "WAN" and "LAN" mean on the user's router.
 * Defaults follow RouterOS's default configuration: interface lists WAN and
 * LAN, bridge `bridge`, subnet 192.168.88.0/24.
 */
import { isIpv4 } from '../ast/classify.js';
import { intToIp, networkOf } from '../slots/ipv4.js';
import { buildRouterModel, RouterModel } from '../model/model.js';
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
  /**
   * The router's current configuration: `/export` text (any form) or a model built from it once with
   * `buildRouterModel` (reuse it across calls). With it, rules are placed in the chain where they take effect,
   * names are checked against what exists, a request already satisfied writes nothing, and the defaults of
   * `wan`, `lan`, `lanBridge` and `lanSubnet` come from the configuration.
   */
  readonly config?: string | RouterModel;
  /**
   * Safe apply: a destructive script comes wrapped in the scheduled-revert pattern: a `/system scheduler` entry that
   * runs the script's undo (computed from `config`, which it needs) after this many minutes (1-1440), then the
   * script; `error` gives the one-line command that cancels the revert once you still have access.
   */
  readonly safeApply?: number;
}

/** Where a resolved default came from: the caller's option, the router's configuration, or RouterOS's default configuration. */
export type Origin = 'option' | 'config' | 'default';

export interface ResolvedOptions {
  readonly wan: InterfaceRef;
  readonly lan: InterfaceRef;
  readonly lanBridge: string;
  readonly lanSubnet: { readonly address: string; readonly length: number };
  /** True when `wan` was left at its default (responses then say what WAN was taken to mean). */
  readonly wanIsDefault: boolean;
  /** The router's configuration, when given. */
  readonly model?: RouterModel;
  /** Minutes before the scheduled revert runs (the safeApply option). */
  readonly safeApply?: number;
  /** Where `lanBridge` and `lanSubnet` came from (for the notes that say what "the bridge" or "the LAN" was taken to mean). */
  readonly origin?: { readonly lanBridge: Origin; readonly lanSubnet: Origin; readonly lan: Origin; readonly wan: Origin };
}

/** The largest configuration text accepted by `generateScript` (the HTTP server has its own, smaller, limit). */
export const MAX_CONFIG_CHARS = 16 * 1024 * 1024;

/** The model of the `config` option: built from text, or the one given. */
function modelOf(config: unknown): RouterModel | undefined {
  if (config === undefined) return undefined;
  if (config instanceof RouterModel) return config;
  if (typeof config !== 'string') throw new RequestError('invalid_option', 'option config must be the text of an /export or a RouterModel from buildRouterModel');
  if (config.length > MAX_CONFIG_CHARS) throw new RequestError('invalid_option', `option config is over ${MAX_CONFIG_CHARS} characters`);
  return buildRouterModel(config);
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

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['wan', 'lan', 'lanBridge', 'lanSubnet', 'config', 'safeApply']);

/** The options of a call that passes none, resolved once (they never change). */
let defaults: ResolvedOptions | undefined;

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return (defaults ??= Object.freeze(resolve({})));
  return resolve(options);
}

function resolve(options: unknown): ResolvedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new RequestError('invalid_option', 'options must be an object');
  const o = options as Record<string, unknown>;
  const known = KNOWN_OPTIONS;
  const safeApply = o.safeApply;
  if (safeApply !== undefined && (typeof safeApply !== 'number' || !Number.isInteger(safeApply) || safeApply < 1 || safeApply > 1440)) {
    throw new RequestError('invalid_option', 'option safeApply must be a whole number of minutes from 1 to 1440');
  }
  if (safeApply !== undefined && o.config === undefined) throw new RequestError('invalid_option', "option safeApply needs config: the revert runs the script's undo, computed from the router's configuration");
  for (const key of Object.keys(o)) if (!known.has(key)) throw new RequestError('invalid_option', `unknown option ${JSON.stringify(key.slice(0, 40))}`);
  const model = modelOf(o.config);
  // With a configuration, what the options leave out is read from it: the bridge the LAN is on, its subnet, the lists.
  const fromModel = model ? defaultsFrom(model) : {};
  const lanBridge = o.lanBridge ?? fromModel.lanBridge ?? 'bridge';
  if (typeof lanBridge !== 'string' || !NAME.test(lanBridge)) throw new RequestError('invalid_option', 'option lanBridge must be an interface name');
  const subnet = o.lanSubnet ?? fromModel.lanSubnet ?? '192.168.88.0/24';
  const match = typeof subnet === 'string' ? /^([\d.]+)\/(\d{1,2})$/.exec(subnet) : null;
  if (!match || !isIpv4(match[1]!) || Number(match[2]) > 32) throw new RequestError('invalid_option', 'option lanSubnet must be an IPv4 prefix such as 192.168.88.0/24');
  const whence = (given: unknown, found: unknown): Origin => (given !== undefined ? 'option' : found !== undefined ? 'config' : 'default');
  return {
    wan: interfaceRef(o.wan, 'wan', fromModel.wan ?? { list: 'WAN' }),
    lan: interfaceRef(o.lan, 'lan', fromModel.lan ?? { list: 'LAN' }),
    lanBridge,
    lanSubnet: { address: match[1]!, length: Number(match[2]) },
    wanIsDefault: o.wan === undefined && fromModel.wan === undefined,
    ...(safeApply !== undefined ? { safeApply: safeApply as number } : {}),
    ...(model
      ? {
          model,
          origin: { lanBridge: whence(o.lanBridge, fromModel.lanBridge), lanSubnet: whence(o.lanSubnet, fromModel.lanSubnet), lan: whence(o.lan, fromModel.lan), wan: whence(o.wan, fromModel.wan) },
        }
      : {}),
  };
}

/** The defaults a configuration gives: its WAN and LAN lists (or the interfaces playing their part), the LAN bridge and its subnet. */
function defaultsFrom(model: RouterModel): { wan?: InterfaceRef; lan?: InterfaceRef; lanBridge?: string; lanSubnet?: string } {
  const out: { wan?: InterfaceRef; lan?: InterfaceRef; lanBridge?: string; lanSubnet?: string } = {};
  const lists = model.interfaceLists();
  const bridge = model.lanBridge();
  if (bridge !== undefined && NAME.test(bridge)) out.lanBridge = bridge;
  if (lists.includes('WAN')) out.wan = { list: 'WAN' };
  else {
    // No WAN list: the one interface the router gets its internet address on (a DHCP or PPPoE client).
    const clients = [...model.entries('ip dhcp-client'), ...model.entries('interface pppoe-client')].filter((e) => e.props.disabled !== 'yes');
    const names = clients.map((e) => (model.entries('interface pppoe-client').includes(e) ? e.props.name : e.props.interface));
    if (names.length === 1 && names[0] !== undefined && NAME.test(names[0])) out.wan = { interface: names[0] };
  }
  if (lists.includes('LAN')) out.lan = { list: 'LAN' };
  else if (out.lanBridge !== undefined) out.lan = { interface: out.lanBridge };
  if (out.lanBridge !== undefined) {
    const on = model.addresses().filter((a) => a.interface === out.lanBridge && !a.disabled && a.address.includes('/'));
    if (on.length === 1) {
      const [address, length] = on[0]!.address.split('/') as [string, string];
      if (isIpv4(address)) out.lanSubnet = `${intToIp(networkOf(address, Number(length)))}/${length}`;
    }
  }
  return out;
}

