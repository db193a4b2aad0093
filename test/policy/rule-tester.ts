/**
 * ESLint's RuleTester, for policy rules: each `valid` script must produce no
 * finding of the rule, each `invalid` script exactly the listed findings (of
 * the rule, and of any other rule a listed finding names). An invalid case
 * without findings fails, as does a script that does not parse cleanly.
 *
 * Scripts run through the whole engine with the `strict` preset, so the
 * interplay with other rules (the unknown-change fallback, scripts inside
 * strings) is part of what is tested.
 */
import { describe, expect, it } from 'vitest';
import { runPolicy } from '../../src/policy/engine.js';
import { RULES } from '../../src/policy/registry.js';
import type { Finding, FindingSeverity } from '../../src/policy/types.js';
import { parseScript } from '../../src/rsc/parse.js';

export interface ExpectedFinding {
  /** Defaults to the rule under test. */
  readonly rule?: string;
  readonly line: number;
  readonly severity?: FindingSeverity;
  /** A fragment the message must contain (e.g. "inside on-event of /system scheduler"). */
  readonly message?: string;
}

export interface InvalidCase {
  readonly script: string;
  readonly findings: readonly ExpectedFinding[];
  /** Also require the whole result's `destructive` flag. */
  readonly destructive?: boolean;
}

export interface RuleCases {
  readonly valid: readonly string[];
  readonly invalid: readonly InvalidCase[];
  /** Accept scripts with syntax errors (only for the rule about them); otherwise such a script fails the case. */
  readonly allowSyntaxErrors?: boolean;
}

let count = 0;
/** How many cases all ruleTester calls in this process have generated. */
export function caseCount(): number {
  return count;
}

/** Runs the engine as the product does: parse, then policy with the parse diagnostics. */
export function check(script: string, allowSyntaxErrors = false): { findings: Finding[]; destructive: boolean } {
  const { ast, diagnostics } = parseScript(script);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !allowSyntaxErrors) throw new Error(`test script does not parse: ${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}\n${script}`);
  const strict = runPolicy(ast, { preset: 'strict', diagnostics });
  // Invariants every case checks: warnings never change the verdict, and every placeholder is filled.
  const recommended = runPolicy(ast, { preset: 'recommended', diagnostics });
  if (recommended.destructive !== strict.destructive) throw new Error(`presets disagree on destructive for:\n${script}`);
  for (const f of strict.findings) if (/\{\w+\}/.test(f.message)) throw new Error(`unfilled placeholder in ${f.rule}: ${f.message}`);
  return strict;
}

const show = (findings: readonly Finding[]): string =>
  findings.length === 0 ? '(no findings)' : findings.map((f) => `  ${f.line}:${f.column} ${f.rule} [${f.severity}] ${f.message}`).join('\n');

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(`policy rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(RULES.has(ruleId), `rule ${ruleId} is not in the registry`).toBe(true);
    });
    for (const script of cases.valid) {
      count++;
      it(`valid: ${script}`, () => {
        const { findings } = check(script, cases.allowSyntaxErrors);
        const own = findings.filter((f) => f.rule === ruleId);
        expect(own.length, `expected no ${ruleId} finding, got:\n${show(findings)}`).toBe(0);
      });
    }
    for (const testCase of cases.invalid) {
      count++;
      it(`invalid: ${testCase.script}`, () => {
        if (testCase.findings.length === 0) throw new Error('an invalid case must list at least one finding');
        const { findings, destructive } = check(testCase.script, cases.allowSyntaxErrors);
        const rules = new Set([ruleId, ...testCase.findings.map((f) => f.rule ?? ruleId)]);
        const actual = findings.filter((f) => rules.has(f.rule));
        const expected = [...testCase.findings].sort((a, b) => a.line - b.line || (a.rule ?? ruleId).localeCompare(b.rule ?? ruleId));
        const context = `expected:\n${expected.map((f) => `  ${f.line} ${f.rule ?? ruleId}`).join('\n')}\nactual (all findings):\n${show(findings)}`;
        expect(actual.length, context).toBe(expected.length);
        // Findings come sorted by line, column, rule: match in that order.
        const remaining = [...actual];
        for (const want of expected) {
          const rule = want.rule ?? ruleId;
          const index = remaining.findIndex((f) => f.rule === rule && f.line === want.line
            && (want.severity === undefined || f.severity === want.severity)
            && (want.message === undefined || f.message.includes(want.message)));
          expect(index, `no finding matches ${JSON.stringify(want)}\n${context}`).toBeGreaterThanOrEqual(0);
          remaining.splice(index, 1);
        }
        if (testCase.destructive !== undefined) expect(destructive, context).toBe(testCase.destructive);
      });
    }
  });
}
