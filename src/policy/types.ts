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
  /**
   * A fallback rule runs after every other rule and may ask `context.isCovered`
   * whether another rule already judged a command (the fail-closed catch-all).
   */
  readonly fallback?: boolean;
}

export interface Finding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly advice?: string;
  /**
   * Set when the flagged command sits inside a script held in a string, e.g.
   * "on-event of /system scheduler"; line and column are then those of the
   * outer command that holds the string.
   */
  readonly embeddedIn?: string;
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The command the finding is about (its location is used). */
  readonly command: Command;
}

/** A script held in an argument: `on-event=`, `source=`, `:execute "..."`. */
export interface EmbeddedScript {
  /** The command holding the script. */
  readonly command: Command;
  /** Where the script sits, in the user's words: "on-event of /system scheduler". */
  readonly where: string;
  /** The parsed script, or null when it cannot be inspected (see `problem`). */
  readonly script: Script | null;
  /** Why the script cannot be inspected: computed at run time, does not parse, nested too deep. */
  readonly problem?: string;
}

/** A syntax error the parser reported: the statement it sits in is not in the AST. */
export interface UnparsedStatement {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What the engine knows about a script defined in the text being checked (`/system script add name=...`). */
export type ScriptVerdict = 'destructive' | 'safe' | 'not-defined';

export interface RuleContext {
  /** Every command of the script, including those in `[ ]` substitutions. */
  readonly commands: readonly Command[];
  readonly script: Script;
  /** Scripts held in string arguments of these commands; the engine checks the inspectable ones itself. */
  readonly embedded: readonly EmbeddedScript[];
  /**
   * Syntax errors of the checked text, when the caller passed its parse
   * diagnostics: the statements they sit in are missing from `script`.
   * Always empty for scripts held in strings (those fail as a whole).
   */
  readonly unparsed: readonly UnparsedStatement[];
  report(report: Report): void;
  /**
   * Records that this rule judged the command safe, so the fail-closed
   * fallback leaves it alone. Only destructive rules call it: a warning rule's
   * opinion must not change whether a script is destructive.
   */
  examined(command: Command): void;
  /** For fallback rules: whether another rule reported a destructive finding on the command or examined it. */
  isCovered(command: Command): boolean;
  /** Whether running the named script (defined in the text being checked) is destructive. */
  scriptVerdict(name: string): ScriptVerdict;
}

export interface PolicyRule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface PolicyResult {
  readonly findings: Finding[];
  readonly destructive: boolean;
}
