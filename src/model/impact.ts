/**
 * Destructive in context: what a script will do to this router, read from its configuration. The policy engine says
 * what a command may cut on any router ("every connection through them, maybe yours"); with the configuration some of
 * those become definite: disabling the only WAN interface, removing the address the router is managed on, dropping a
 * management service from the LAN the admin manages it from. Each is a sentence with "will", added to `error`.
 */
import type { Command } from '../ast/nodes.js';
import { applyCommand, copyMenus, isInterfaceMenu, select, valueText, type ModelEntry, type RouterModel } from './model.js';
import { readTraffic, relate } from './traffic.js';

/** The router's own management services and their TCP ports (winbox, ssh, telnet, ftp, www, www-ssl, api, api-ssl). */
const MANAGEMENT: readonly (readonly [string, number])[] = [['winbox', 8291], ['ssh', 22], ['telnet', 23], ['ftp', 21], ['www', 80], ['www-ssl', 443], ['api', 8728], ['api-ssl', 8729]];

export interface Side {
  /** The LAN subnet the admin manages the router from, as a prefix. */
  readonly lanSubnet: string;
  /** The LAN side as the firewall names it. */
  readonly lan: { readonly list: string } | { readonly interface: string };
}

/** One definite impact: the command it is about and the sentence. */
export interface Impact {
  readonly command: Command;
  readonly message: string;
}

export function definiteImpacts(commands: readonly Command[], model: RouterModel, side: Side): Impact[] {
  const out: Impact[] = [];
  const seen = new Set<string>();
  const say = (command: Command, message: string): void => {
    if (seen.has(message)) return;
    seen.add(message);
    out.push({ command, message });
  };
  const wanMembers = (model.listMembers().get('WAN') ?? []).filter((name) => !disabledInterface(model, name));
  const lanInterfaces = new Set([...(model.listMembers().get('LAN') ?? []), ...(model.lanBridge() !== undefined ? [model.lanBridge()!] : [])]);
  const managed = model.addresses().filter((a) => !a.disabled && lanInterfaces.has(a.interface));
  const menus = copyMenus(model, new Set(commands.map((c) => c.path.join(' '))));
  for (const c of commands) {
    const menu = c.path.join(' ');
    const selector = c.args.find((a) => a.kind === 'positional');
    const targets = selector?.kind === 'positional' ? (select(menus, menu, selector.value) ?? []) : [];
    const disables = c.name === 'disable' || c.name === 'remove' || (c.name === 'set' && c.args.some((a) => a.kind === 'named' && a.name === 'disabled' && valueText(a.value) === 'yes'));
    if (disables && (menu === 'interface' || isInterfaceMenu(menu))) {
      // An interface other menus use but the export does not list (an unchanged port) is still that interface.
      const named = selector?.kind === 'positional' && (selector.value.kind === 'word' || selector.value.kind === 'string') ? valueText(selector.value) : undefined;
      const names = targets.length > 0 ? targets.map((t) => t.props.name ?? t.props['default-name']) : named !== undefined && model.interfaces().has(named) ? [named] : [];
      for (const name of names) {
        if (name === undefined) continue;
        if (wanMembers.length === 1 && wanMembers[0] === name) say(c, `${c.name === 'remove' ? 'Removing' : 'Disabling'} ${name} will cut the router's internet connection: it is the only enabled member of the WAN list in the configuration.`);
        const on = managed.filter((a) => a.interface === name);
        if (on.length > 0) say(c, `${c.name === 'remove' ? 'Removing' : 'Disabling'} ${name} will cut management from the LAN: the router is managed on ${on.map((a) => a.address).join(', ')} there.`);
      }
    }
    if (menu === 'interface list member' && c.name === 'remove') {
      for (const t of targets) {
        if (t.props.list === 'WAN' && wanMembers.length === 1 && wanMembers[0] === t.props.interface) say(c, `Removing ${t.props.interface} from the WAN list will leave the list empty: the rules and NAT that use WAN will no longer match the internet side.`);
      }
    }
    if (menu === 'ip address' && (c.name === 'remove' || c.name === 'disable' || (c.name === 'set' && c.args.some((a) => a.kind === 'named' && (a.name === 'address' || a.name === 'interface'))))) {
      for (const t of targets) {
        if (t.props.disabled !== 'yes' && t.props.interface !== undefined && lanInterfaces.has(t.props.interface)) {
          say(c, `${c.name === 'set' ? 'Changing' : c.name === 'remove' ? 'Removing' : 'Disabling'} ${t.props.address ?? 'the address'} on ${t.props.interface} will cut management from the LAN: it is the address the router is managed on there.`);
        }
      }
    }
    applyCommand(menus, c);
    if (menu === 'ip firewall filter' && c.name === 'add') for (const m of dropsManagement(menus, model, c, side)) say(c, m);
  }
  return out;
}

function disabledInterface(model: RouterModel, name: string): boolean {
  for (const [menu, list] of model.menus) if (isInterfaceMenu(menu)) for (const e of list) if ((e.props.name ?? e.props['default-name']) === name && e.props.disabled === 'yes') return true;
  return false;
}

/** A drop in the input chain that management from the LAN reaches (no accept before it takes that traffic). */
function dropsManagement(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command, side: Side): string[] {
  const props: Record<string, string> = {};
  for (const a of c.args) if (a.kind === 'named' && a.name !== 'place-before') props[a.name] = valueText(a.value);
  if (props.chain !== 'input' || !['drop', 'reject', 'tarpit'].includes(props.action ?? '')) return [];
  const rules = menus.get('ip firewall filter') ?? [];
  const at = rules.findIndex((e) => Object.entries(props).every(([k, v]) => e.props[k] === v));
  if (at < 0) return [];
  const mine = readTraffic(props, model);
  const cut: string[] = [];
  for (const [service, port] of MANAGEMENT) {
    const admin = readTraffic({ chain: 'input', protocol: 'tcp', 'dst-port': String(port), 'src-address': side.lanSubnet, ...('list' in side.lan ? { 'in-interface-list': side.lan.list } : { 'in-interface': side.lan.interface }) }, model);
    if (!relate(mine, admin).overlaps) continue;
    const accepted = rules.slice(0, at).some((r) => r.props.disabled !== 'yes' && (r.props.action ?? 'accept') === 'accept' && relate(readTraffic(r.props, model), admin).covers);
    if (!accepted) cut.push(service);
  }
  if (cut.length === 0) return [];
  return [`This drop will cut ${cut.join(', ')} to the router from the LAN (${side.lanSubnet}), where the configuration manages it from: no rule before it accepts that traffic. Add an accept for your management address before it first.`];
}
