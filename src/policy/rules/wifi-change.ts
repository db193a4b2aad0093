import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menuText, onlyHarmlessChanges, setsDisabled } from '../args.js';
import type { PolicyRule } from '../types.js';

const WIFI_ROOTS = new Set(['wifi', 'wifiwave2', 'wireless']);

const isSsid = (p: string): boolean => p === 'ssid' || p.endsWith('.ssid');
/** Security settings of /interface wifi (security.*), wifiwave2, wireless security profiles and CAPsMAN. */
const isSecurity = (p: string): boolean =>
  p === 'security' || p.startsWith('security.') || p === 'security-profile' || p === 'passphrase' || p.endsWith('pre-shared-key')
  || p === 'authentication-types' || p === 'encryption' || p.startsWith('wpa') || p === 'configuration' || p === 'ft';

/**
 * Changing an SSID, passphrase or security mode disconnects every client,
 * and one on Wi-Fi (perhaps you) cannot reconnect until it has the new
 * settings. Manual: WiFi; Wireless Interface; CAPsMAN.
 */
export const wifiChange: PolicyRule = {
  meta: {
    id: 'wifi-change',
    description: 'changing Wi-Fi SSIDs, passphrases, security profiles or modes, or disabling/removing wireless interfaces',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      ssid: 'changes the SSID of {targets} in {menu}: every wireless client disconnects and must join the new network',
      security: 'changes Wi-Fi security ({properties}) of {targets} in {menu}: every wireless client disconnects and needs the new settings to rejoin',
      disable: 'disables wireless {targets} in {menu}: every client on it disconnects',
      reject: 'adds an access-list entry in {menu} that rejects {clients}{where}: they cannot connect (or are disconnected), maybe including you',
      isolate: 'adds an access-list entry in {menu} with forwarding=no for {clients}{where}: those clients can no longer reach each other (printers, casting, a second AP through them)',
      remove: '{verb} on {targets} in {menu}: interfaces using it lose their settings, and their clients disconnect',
      change: 'changes {properties} of {targets} in {menu}: wireless clients may disconnect',
    },
    advice: 'Make Wi-Fi changes from a wired connection; wireless clients, including you, disconnect and must reconnect with the new settings.',
  },
  check(context) {
    for (const command of context.commands) {
      const root = command.path[0];
      const wifi = (root === 'interface' && WIFI_ROOTS.has(command.path[1] ?? '')) || root === 'caps-man';
      if (wifi && command.name === 'add' && command.path[command.path.length - 1] === 'access-list') {
        if (bool(arg(command, 'disabled')) === true) continue;
        const mac = literal(arg(command, 'mac-address'));
        const interfaceName = literal(arg(command, 'interface'));
        const entry = { menu: menuText(command), clients: mac ? `client ${mac}` : 'every client', where: interfaceName ? ` on ${interfaceName}` : '' };
        const action = literal(arg(command, 'action'));
        const forwarding = arg(command, 'forwarding');
        // Manual: Wireless > Access List (authentication=no rejects; forwarding=no isolates) and WiFi > Access List (action=reject).
        if (bool(arg(command, 'authentication')) === false || (action !== null && action !== undefined && action !== 'accept' && action !== 'query-radius')) context.report({ messageId: 'reject', command, data: entry });
        else if (forwarding !== undefined && bool(forwarding) !== true) context.report({ messageId: 'isolate', command, data: entry });
        else context.examined(command);
        continue;
      }
      if (!wifi || !isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command), verb: command.name };
      if (command.name === 'disable') {
        context.report({ messageId: 'disable', command, data });
        continue;
      }
      if (command.name !== 'set' && command.name !== 'unset') {
        context.report({ messageId: 'remove', command, data });
        continue;
      }
      if (onlyHarmlessChanges(command, COSMETIC)) {
        context.examined(command);
        continue;
      }
      const changed = changedProperties(command);
      const security = changed.filter(isSecurity);
      if (changed.includes('disabled') && setsDisabled(command)) context.report({ messageId: 'disable', command, data });
      else if (security.length > 0) context.report({ messageId: 'security', command, data: { ...data, properties: security.join(', ') } });
      else if (changed.some(isSsid)) context.report({ messageId: 'ssid', command, data });
      else context.report({ messageId: 'change', command, data: { ...data, properties: changed.join(', ') } });
    }
  },
};
