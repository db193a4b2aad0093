/** The one explicit list of policy rules, and the presets that pick from it. */
import { firewallDrop } from './rules/firewall-drop.js';
import type { PolicyRule } from './types.js';

const ALL: readonly PolicyRule[] = [firewallDrop];

export const RULES: ReadonlyMap<string, PolicyRule> = new Map(ALL.map((r) => [r.meta.id, r]));

export type PresetName = 'recommended' | 'strict';

export const PRESETS: Readonly<Record<PresetName, readonly string[]>> = {
  recommended: ALL.map((r) => r.meta.id),
  strict: ALL.map((r) => r.meta.id),
};
