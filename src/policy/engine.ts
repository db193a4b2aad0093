/**
 * The policy engine: runs rules over the AST and decides `destructive`.
 * Rules are ESLint-shaped (one per file, meta + check); the registry and the
 * presets say which run.
 */
import type { Command, Script } from '../ast/nodes.js';
import { forEachCommand } from '../rsc/walk.js';
import { PRESETS, RULES, type PresetName } from './registry.js';
import type { Finding, PolicyResult, PolicyRule, Report } from './types.js';

export interface PolicyOptions {
  readonly preset?: PresetName;
}

export function runPolicy(script: Script, options: PolicyOptions = {}): PolicyResult {
  const commands: Command[] = [];
  forEachCommand(script, (c) => commands.push(c));
  const findings: Finding[] = [];
  const ids = PRESETS[options.preset ?? 'recommended'];
  for (const id of ids) {
    const rule = RULES.get(id);
    if (!rule) throw new Error(`policy: preset names unknown rule ${id}`);
    rule.check({ commands, script, report: (r) => findings.push(toFinding(rule, r)) });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { findings, destructive: findings.some((f) => f.severity === 'destructive') };
}

function toFinding(rule: PolicyRule, report: Report): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`policy: rule ${rule.meta.id} has no message ${report.messageId}`);
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) => String(report.data?.[key] ?? `{${key}}`));
  const at = report.command.loc ?? { line: 1, column: 1 };
  const finding: Finding = { rule: rule.meta.id, severity: rule.meta.severity, line: at.line, column: at.column, message };
  return rule.meta.advice ? { ...finding, advice: rule.meta.advice } : finding;
}
