/** The one explicit list of policy rules, and the presets that pick from it. */
import { backupRestore } from './rules/backup-restore.js';
import { allTrafficAction } from './rules/all-traffic-action.js';
import { bridgeChange } from './rules/bridge-change.js';
import { bridgePort } from './rules/bridge-port.js';
import { clientDefaultRoute } from './rules/client-default-route.js';
import { dataRemoval } from './rules/data-removal.js';
import { dhcpChange } from './rules/dhcp-change.js';
import { dnsChange } from './rules/dns-change.js';
import { dnsRemoteRequests } from './rules/dns-remote-requests.js';
import { firewallDrop } from './rules/firewall-drop.js';
import { firewallRuleChange } from './rules/firewall-rule-change.js';
import { firmwareUpgrade } from './rules/firmware-upgrade.js';
import { insecureService } from './rules/insecure-service.js';
import { interfaceChange } from './rules/interface-change.js';
import { interfaceListMember } from './rules/interface-list-member.js';
import { ipAddressChange } from './rules/ip-address-change.js';
import { ipPoolChange } from './rules/ip-pool-change.js';
import { licenseChange } from './rules/license-change.js';
import { macAccess } from './rules/mac-access.js';
import { managementService } from './rules/management-service.js';
import { natChange } from './rules/nat-change.js';
import { packageChange } from './rules/package-change.js';
import { policyRouting } from './rules/policy-routing.js';
import { resetConfiguration } from './rules/reset-configuration.js';
import { routeChange } from './rules/route-change.js';
import { scriptRun } from './rules/script-run.js';
import { serviceExposure } from './rules/service-exposure.js';
import { systemReboot } from './rules/system-reboot.js';
import { uninspectableScript } from './rules/uninspectable-script.js';
import { unknownChange } from './rules/unknown-change.js';
import { unparsedStatement } from './rules/unparsed-statement.js';
import { userChange } from './rules/user-change.js';
import { vlanChange } from './rules/vlan-change.js';
import { weakPassword } from './rules/weak-password.js';
import { wifiChange } from './rules/wifi-change.js';
import type { PolicyRule } from './types.js';

const ALL: readonly PolicyRule[] = [
  // System state
  systemReboot, resetConfiguration, backupRestore, packageChange, firmwareUpgrade, licenseChange,
  // Firewall and NAT
  firewallDrop, firewallRuleChange, natChange, allTrafficAction,
  // Addressing, routing and DNS
  ipAddressChange, routeChange, policyRouting, clientDefaultRoute, dhcpChange, ipPoolChange, dnsChange,
  // Interfaces and bridging
  interfaceChange, bridgeChange, bridgePort, vlanChange, wifiChange, interfaceListMember,
  // Management access
  managementService, macAccess, userChange,
  // Data
  dataRemoval,
  // Scripts, and the fail-closed catch-all
  scriptRun, uninspectableScript, unparsedStatement, unknownChange,
  // Warnings
  serviceExposure, insecureService, weakPassword, dnsRemoteRequests,
];

export const RULES: ReadonlyMap<string, PolicyRule> = new Map(ALL.map((r) => [r.meta.id, r]));
if (RULES.size !== ALL.length) throw new Error('policy: two rules share an id');

export type PresetName = 'recommended' | 'strict';

export const PRESETS: Readonly<Record<PresetName, readonly string[]>> = {
  /** Every destructive rule: what decides the `destructive` flag. */
  recommended: ALL.filter((r) => r.meta.severity === 'destructive').map((r) => r.meta.id),
  /** Everything, warnings included. */
  strict: ALL.map((r) => r.meta.id),
};
