/**
 * The policy with the router's configuration (`runPolicy(ast, { model })`). Without it the policy says what a
 * command may cut on any router. With it:
 *
 * - what the configuration makes certain is said with "will" (`configuration-impact`, destructive: the sentences of
 *   src/model/impact.ts: the only WAN, the address the router is managed on, management from the LAN dropped);
 * - a removal or disabling of an object the configuration proves unused is no longer flagged: its destructive
 *   findings (only those about the object being in use) become one `configuration-unused` warning that says why.
 *
 * "Proves unused" is conservative: the model must be a whole-router export, the object's name must appear in no
 * other item of the configuration (comments aside), and no code the export cannot show may run (a script that
 * imports a file, fetches, or evaluates text). The commands are judged in order over a working copy of the
 * configuration, so a reference an earlier command of the same script adds counts.
 */
import type { Command } from '../ast/nodes.js';
import { definiteImpacts, type Side } from '../model/impact.js';
import { applyCommand, BUILT_IN_PORT, copyMenus, isInterfaceMenu, select, type ModelEntry, type RouterModel } from '../model/model.js';

/** What the policy reads of the configuration. */
export interface PolicyConfiguration {
  readonly model: RouterModel;
  /** The LAN the admin manages the router from (for "this drop will cut winbox from the LAN"); without it that check is skipped. */
  readonly side?: Side;
}

/** The rules whose destructive findings on a removal or disabling are about the object being in use. */
export const IN_USE_RULES: ReadonlySet<string> = new Set(['firewall-rule-change', 'interface-change', 'ip-pool-change', 'unknown-change']);

export const IMPACT_RULE = 'configuration-impact';
export const UNUSED_RULE = 'configuration-unused';

export interface ConfigurationJudgement {
  /** Sentences with "will", each on its command. */
  readonly impacts: readonly { readonly command: Command; readonly message: string }[];
  /** Commands whose targets the configuration proves unused, with the reason. */
  readonly unused: ReadonlyMap<Command, string>;
}

/** Judges the top-level commands of a script against the configuration. */
export function judgeWithConfiguration(commands: readonly Command[], config: PolicyConfiguration): ConfigurationJudgement {
  const { model } = config;
  const impacts = config.side === undefined ? [] : definiteImpacts(commands, model, config.side);
  const unused = new Map<Command, string>();
  // Only the menus the commands change are copied; the whole configuration is read only when a removal is judged.
  const menus = copyMenus(model, new Set(commands.map((c) => c.path.join(' '))));
  let readable: boolean | undefined;
  for (const c of commands) {
    if (candidate(c)) {
      readable ??= wholeExport(model) && hiddenCode(model) === undefined;
      const why = readable ? unusedTargets(menus, model, c) : undefined;
      if (why !== undefined) unused.set(c, why);
    }
    applyCommand(menus, c);
  }
  return { impacts, unused };
}

/** A removal or disabling in a menu whose objects the configuration can prove unused. */
function candidate(c: Command): boolean {
  const menu = c.path.join(' ');
  return (c.name === 'remove' || c.name === 'disable') && (menu === 'ip firewall address-list' || menu === 'ip pool' || menu === 'interface' || isInterfaceMenu(menu));
}

/**
 * A whole-router export holds both `/interface ...` and `/ip ...` sections: an export of one menu
 * (`/ip firewall export`, `/interface export`) does not show what else refers to an object.
 */
function wholeExport(model: RouterModel): boolean {
  const menus = [...model.menus.keys()].filter((m) => (model.menus.get(m) ?? []).length > 0);
  return menus.some((m) => m === 'interface' || m.startsWith('interface ')) && menus.some((m) => m.startsWith('ip '));
}

/** Code the export holds that runs what the export cannot show (a file imported, text fetched or evaluated): the reason, or undefined. */
function hiddenCode(model: RouterModel): string | undefined {
  for (const [menu, entries] of model.menus) {
    for (const e of entries) {
      for (const [k, v] of Object.entries(e.props)) {
        if (k === 'comment') continue;
        if (/\/import\b|\bimport file|:parse\b|:execute\b|\/tool fetch|\bfetch\b/.test(v)) return `${menu} runs code the export does not show`;
      }
    }
  }
  return undefined;
}

/** Whether a name appears in any item other than those `skip` leaves out (comments aside): a conservative reading of "in use". */
function referenced(menus: ReadonlyMap<string, readonly ModelEntry[]>, name: string, skip: (menu: string, entry: ModelEntry) => boolean): boolean {
  for (const [menu, entries] of menus) {
    for (const e of entries) {
      if (skip(menu, e)) continue;
      for (const [k, v] of Object.entries(e.props)) if (k !== 'comment' && v.includes(name)) return true;
    }
  }
  return false;
}

/** Why every target of a remove/disable is unused in the working copy, or undefined when that is not proven. */
function unusedTargets(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command): string | undefined {
  const removes = c.name === 'remove' || c.name === 'disable';
  if (!removes) return undefined;
  const selector = c.args.find((a) => a.kind === 'positional');
  if (selector?.kind !== 'positional' || c.args.some((a) => a.kind !== 'positional')) return undefined;
  const menu = c.path.join(' ');
  let targets = select(menus, menu, selector.value);
  // A built-in port the export does not list is at its defaults: in no bridge, list or address.
  if (targets?.length === 0 && menu === 'interface' && selector.value.kind === 'word' && BUILT_IN_PORT.test(selector.value.text)) targets = [{ props: { name: selector.value.text } }];
  if (targets === undefined || targets.length === 0) return undefined;

  if (menu === 'ip firewall address-list') {
    const lists = [...new Set(targets.map((t) => t.props.list ?? ''))];
    if (lists.some((l) => l === '')) return undefined;
    for (const list of lists) if (referenced(menus, list, (m) => m === 'ip firewall address-list')) return undefined;
    return `no firewall rule, script or other item of the configuration uses the address list ${lists.join(', ')}, so ${c.name === 'remove' ? 'removing' : 'disabling'} its entries cuts nothing`;
  }

  if (menu === 'ip pool' && c.name === 'remove') {
    const names = targets.map((t) => t.props.name ?? '');
    if (names.some((n) => n === '')) return undefined;
    for (const name of names) if (referenced(menus, name, (m, e) => m === 'ip pool' && e.props.name === name)) return undefined;
    return `no DHCP server, PPP profile or other item of the configuration uses the pool ${names.join(', ')}, so removing it cuts nothing`;
  }

  if (menu === 'interface' || isInterfaceMenu(menu)) {
    const names = targets.map((t) => t.props.name ?? t.props['default-name'] ?? '');
    if (names.some((n) => n === '')) return undefined;
    const closed = closedSideDoors(model);
    if (closed !== true) return undefined;
    for (const name of names) {
      if (referenced(menus, name, (m, e) => isInterfaceMenu(m) && (e.props.name ?? e.props['default-name']) === name && targets!.includes(e))) return undefined;
    }
    return `the configuration gives ${names.join(', ')} no address, bridge, interface list, VLAN, client or rule, MAC access and RoMON do not reach ${names.length > 1 ? 'them' : 'it'} and IPv6 is off, so nothing reaches the router or passes through ${names.length > 1 ? 'them' : 'it'}`;
  }
  return undefined;
}

/**
 * Ways onto a port that need no configuration of the port itself: MAC Telnet and MAC WinBox (every interface by
 * default), RoMON, and IPv6 link-local addresses (every interface while IPv6 is on). True when the configuration
 * shows all of them limited to interface lists (an unused interface is in none) or off.
 */
function closedSideDoors(model: RouterModel): true | string {
  const limited = (menu: string): boolean => {
    const list = model.settings(menu)?.['allowed-interface-list'];
    return list !== undefined && !['all', 'static', 'dynamic'].includes(list);
  };
  if (!limited('tool mac-server')) return 'MAC Telnet may reach every interface';
  if (!limited('tool mac-server mac-winbox')) return 'MAC WinBox may reach every interface';
  if (model.settings('tool romon')?.enabled === 'yes') return 'RoMON is on';
  if (model.settings('ipv6 settings')?.['disable-ipv6'] !== 'yes') return 'IPv6 link-local addresses reach every interface';
  return true;
}
