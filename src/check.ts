/**
 * check: parse a user's script, validate it against the schema and run the
 * policy, as `routeros-gen check` reports it.
 */
import { runPolicy } from './policy/engine.js';
import type { Diagnostic } from './rsc/diagnostics.js';
import { parseScript } from './rsc/parse.js';
import { validateScript } from './rsc/validate.js';
import type { Schema } from '../grammar/routeros/index.js';

export interface CheckResult {
  readonly ok: boolean;
  readonly diagnostics: Diagnostic[];
  readonly destructive: boolean;
  readonly findings: { readonly rule: string; readonly line: number; readonly message: string }[];
}

export interface CheckOptions {
  /** Validate against this command tree (e.g. the user's own RouterOS version, see loadInspectSchema) instead of the built-in schema. */
  readonly schema?: Schema;
}

export function checkScript(text: string, options: CheckOptions = {}): CheckResult {
  const { ast, diagnostics } = parseScript(text, options.schema ? { schema: options.schema } : {});
  const all = [...diagnostics, ...validateScript(ast, options.schema)];
  // With the parse diagnostics, statements the parser could not read count as destructive (fail closed).
  const policy = runPolicy(ast, { diagnostics });
  for (const f of policy.findings) {
    all.push({ severity: 'warning', kind: 'policy', line: f.line, column: f.column, message: `${f.rule}: ${f.message}` });
  }
  all.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ok: !all.some((d) => d.severity === 'error'),
    diagnostics: all,
    destructive: policy.destructive,
    findings: policy.findings.map((f) => ({ rule: f.rule, line: f.line, message: f.message })),
  };
}
