import type { Command, Script } from '../ast/nodes.js';

/** What a finding means for the `destructive` flag. */
export type FindingSeverity = 'destructive' | 'warning';

export interface RuleMeta {
  /** Stable id, e.g. "firewall-drop". */
  readonly id: string;
  readonly description: string;
  /** What area of RouterOS the rule looks at. */
  readonly category: 'connectivity' | 'management' | 'data-loss' | 'security' | 'unknown';
  readonly severity: FindingSeverity;
  /** Message templates; `{name}` placeholders are filled from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
  /** How to apply a flagged command safely. */
  readonly advice?: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly advice?: string;
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The command the finding is about (its location is used). */
  readonly command: Command;
}

export interface RuleContext {
  /** Every command of the script, including those in `[ ]` substitutions. */
  readonly commands: readonly Command[];
  readonly script: Script;
  report(report: Report): void;
}

export interface PolicyRule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface PolicyResult {
  readonly findings: Finding[];
  readonly destructive: boolean;
}
