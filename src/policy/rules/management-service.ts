import { SAFE_MODE } from '../advice.js';
import { arg, changedProperties, describeTargets, isChangeVerb, menu, setsDisabled, show, targetNames } from '../args.js';
import type { PolicyRule } from '../types.js';
import { ipServicesWhere } from '../../../grammar/routeros/services.js';

/** Services you manage the router through. */
const MANAGEMENT = new Set(ipServicesWhere((s) => s.management));
/** Legacy services hardening guides tell you to turn off: restricting them cuts no one's management. */
const LEGACY = new Set(ipServicesWhere((s) => !s.management));

/**
 * Disabling, re-porting or restricting (`address=`) a management service can
 * lock you out: WinBox, SSH and the web interface are how you reach the router.
 */
export const managementService: PolicyRule = {
  meta: {
    id: 'management-service',
    description: 'disabling, re-porting or restricting SSH, WinBox, WebFig or API access',
    category: 'management',
    severity: 'destructive',
    messages: {
      disable: 'disables {services}: management through it stops, including a session you may be using',
      port: 'moves {services} to port {port}: new connections must use it, and firewall rules for the old port no longer match',
      address: 'limits {services} to {address}: connections from any other address are refused, perhaps yours',
      change: 'changes {properties} of {services}, a management service you may be using',
      unknownTarget: 'changes {properties} of /ip service {targets}, which cannot be identified here: it may be SSH, WinBox or the web interface',
    },
    advice: `Keep a second way in while you change one (WinBox while changing SSH, or the other way round), include your own address in address=, and open the new port in the firewall before moving a service. ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) !== '/ip/service' || !isChangeVerb(command.name)) continue;
      const setting = command.name === 'set' || command.name === 'unset';
      // Clearing `address` opens the service to every address: it restricts no one.
      const changed = changedProperties(command).filter((p) => p !== 'comment' && !(command.name === 'unset' && p === 'address'));
      const disables = command.name === 'disable' || (changed.includes('disabled') && setsDisabled(command));
      const restrictive = disables || !setting || changed.some((p) => p !== 'disabled');
      if (!restrictive) {
        context.examined(command);
        continue;
      }
      const properties = setting ? changed.join(', ') : command.name;
      const names = targetNames(command);
      const unknown = names === null || names.some((n) => !MANAGEMENT.has(n) && !LEGACY.has(n));
      if (unknown) {
        context.report({ messageId: 'unknownTarget', command, data: { properties, targets: describeTargets(command) } });
        continue;
      }
      const managed = names.filter((n) => MANAGEMENT.has(n));
      if (managed.length === 0) {
        context.examined(command);
        continue;
      }
      const services = managed.join(', ');
      if (disables) context.report({ messageId: 'disable', command, data: { services } });
      else if (changed.includes('port')) context.report({ messageId: 'port', command, data: { services, port: show(arg(command, 'port'), command.path) } });
      else if (changed.includes('address')) context.report({ messageId: 'address', command, data: { services, address: show(arg(command, 'address'), command.path) } });
      else context.report({ messageId: 'change', command, data: { services, properties } });
    }
  },
};
