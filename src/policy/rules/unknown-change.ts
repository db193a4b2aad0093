import { EXPORT_FIRST, SAFE_MODE } from '../advice.js';
import { arg, bool, changedProperties, isChangeVerb, menu, menuText, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Settings whose change cannot cut connectivity or management access, nor
 * lose more than the setting itself: names, clocks, logging, DNS resolver
 * settings (an open resolver is dns-remote-requests' warning), SNMP, graphs.
 */
const SAFE_MENUS = new Set([
  '/system/identity', '/system/clock', '/system/clock/manual', '/system/note', '/system/ntp/client', '/system/ntp/client/servers',
  '/system/ntp/server', '/system/logging', '/system/logging/action', '/system/leds', '/system/leds/settings',
  '/ip/dns', '/ip/dns/static', '/ip/dns/cache', '/ip/cloud', '/snmp', '/snmp/community', '/tool/e-mail',
  '/tool/graphing', '/tool/graphing/interface', '/tool/graphing/resource', '/tool/graphing/queue', '/tool/sniffer',
  // Which interfaces announce the router (MNDP/CDP/LLDP): MAC WinBox logins go through /tool mac-server, not this.
  '/ip/neighbor/discovery-settings',
]);
/** Menus where removing or disabling an item only lifts a limit or a feature nobody manages through (a queue, UPnP). */
const HARMLESS_REMOVAL_MENUS = new Set(['/queue/simple', '/queue/tree', '/queue/type', '/ip/upnp', '/ip/upnp/interfaces', '/tool/bandwidth-server']);
/** VPN server settings: turning one on (with its secret and profile) opens a way in, it cuts nothing. */
const VPN_SERVERS = new Set(['/interface/l2tp-server/server', '/interface/pptp-server/server', '/interface/sstp-server/server', '/interface/ovpn-server/server']);
/** Script commands at the root (`:set x 1`, `:execute`, `:parse`): their code is checked as embedded scripts. */
const ROOT_SCRIPT_COMMANDS = new Set(['set', 'execute', 'parse']);
/** A `set` of only these changes nothing the rules guard (`on-event`-style code is checked on its own). */
const HARMLESS = new Set(['comment', 'name', 'on-event', 'source', 'up-script', 'down-script', 'test-script', 'lease-script', 'on-up', 'on-down', 'on-login', 'on-logout', 'on-master', 'on-backup', 'on-fail']);

/**
 * Fail closed: a command that removes, disables, resets, moves or changes
 * something, which no other rule recognised, is treated as destructive.
 * Runs after every other rule (fallback) and only on commands no rule covered.
 */
export const unknownChange: PolicyRule = {
  meta: {
    id: 'unknown-change',
    description: 'any other command that removes, disables, resets, moves or changes state, not known to be safe',
    category: 'unknown',
    severity: 'destructive',
    fallback: true,
    messages: {
      unknown: '{verb} in {menu} is not known to be safe: it may change addressing, routing, interfaces, firewall, services, users or system state',
      unknownSet: 'changing {properties} in {menu} is not known to be safe: it may affect connectivity or management access',
    },
    advice: `Check what the command changes in the RouterOS manual before running it. ${EXPORT_FIRST} ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (context.isCovered(command) || !isChangeVerb(command.name)) continue;
      if (command.path.length === 0 && ROOT_SCRIPT_COMMANDS.has(command.name)) continue;
      if (SAFE_MENUS.has(menu(command))) continue;
      if (HARMLESS_REMOVAL_MENUS.has(menu(command)) && (command.name === 'remove' || command.name === 'disable' || command.name === 'enable' || bool(arg(command, 'enabled')) === false)) continue;
      if (VPN_SERVERS.has(menu(command)) && command.name === 'set' && bool(arg(command, 'enabled')) === true) continue;
      const setting = command.name === 'set' || command.name === 'unset';
      // Turning something on (`enabled=yes`) is judged like the `enable` verb: not a change this rule guards.
      const turnsOn = bool(arg(command, 'enabled')) === true ? new Set([...HARMLESS, 'enabled']) : HARMLESS;
      if (setting && onlyHarmlessChanges(command, turnsOn)) continue;
      const data = { verb: command.name, menu: menuText(command) };
      if (setting) context.report({ messageId: 'unknownSet', command, data: { ...data, properties: changedProperties(command).join(', ') } });
      else context.report({ messageId: 'unknown', command, data });
    }
  },
};
