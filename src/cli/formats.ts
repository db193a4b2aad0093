/**
 * `check --format`: how the results are printed. stylish (the default, for
 * people), unix and gcc (one problem per line, for editors' problem matchers),
 * json (for programs), sarif (code scanning), github (workflow annotations).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../check.js';
import { VERSION } from '../version.js';
import { printable, type Paint } from './text.js';

export const FORMATS = ['stylish', 'unix', 'gcc', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** One checked file: the library's CheckResult, the name it was read under, and its counts. */
export interface FileResult extends CheckResult {
  readonly file: string;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** One diagnostic with its rule apart from its message: the policy rule's id, or the kind (syntax, schema). */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function problems(result: CheckResult): Problem[] {
  return result.diagnostics.map((d) => {
    // checkScript writes policy findings as "<rule>: <message>".
    const m = d.kind === 'policy' ? /^([a-z][a-z0-9-]*): ([\s\S]*)$/.exec(d.message) : null;
    return { severity: d.severity, rule: m ? m[1]! : d.kind, line: Math.max(1, d.line), column: Math.max(1, d.column), message: m ? m[2]! : d.message };
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function format(kind: Format, results: readonly FileResult[], paint: Paint): string {
  switch (kind) {
    case 'stylish': return stylish(results, paint);
    case 'unix': return unix(results);
    case 'gcc': return gcc(results);
    case 'json': return JSON.stringify(results.map(jsonResult)) + '\n';
    case 'sarif': return JSON.stringify(sarif(results), null, 2) + '\n';
    case 'github': return github(results);
  }
}

function jsonResult(r: FileResult) {
  return {
    file: r.file,
    ok: r.ok,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    destructive: r.destructive,
    diagnostics: r.diagnostics.map((d, i) => ({ ...d, rule: problems(r)[i]!.rule })),
    findings: r.findings,
  };
}

/** ESLint's layout: the file, then one aligned row per problem, then the totals; clean files print nothing. */
function stylish(results: readonly FileResult[], p: Paint): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let destructive = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.destructive) destructive++;
    const list = problems(r);
    if (list.length === 0 && !r.destructive) continue;
    out += `\n${p.underline(printable(r.file))}${r.destructive ? '  ' + p.red(p.bold('DESTRUCTIVE')) : ''}\n`;
    const rows = list.map((d) => [`${d.line}:${d.column}`, d.severity, printable(d.message), d.rule] as const);
    const w0 = Math.max(0, ...rows.map((r) => r[0].length));
    const w2 = Math.max(0, ...rows.map((r) => r[2].length));
    for (const [at, severity, message, rule] of rows) {
      const sev = severity === 'error' ? p.red('error  ') : p.yellow('warning');
      out += `  ${p.dim(at.padEnd(w0))}  ${sev}  ${message.padEnd(w2)}  ${p.dim(rule)}\n`;
    }
  }
  const total = errors + warnings;
  if (total > 0 || destructive > 0) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    out += `\n${errors > 0 ? p.red(p.bold(summary)) : p.yellow(p.bold(summary))}\n`;
    if (destructive > 0) out += `${p.red(`${plural(destructive, 'file')} ${destructive === 1 ? 'is' : 'are'} DESTRUCTIVE`)}: ${destructive === 1 ? 'it' : 'they'} can cut connectivity or management access; review and apply in Safe Mode.\n`;
  }
  return out;
}

/** ESLint's unix format: path:line:column: message [Severity/rule]. */
function unix(results: readonly FileResult[]): string {
  let out = '';
  let total = 0;
  for (const r of results) {
    for (const d of problems(r)) {
      total++;
      out += `${printable(r.file)}:${d.line}:${d.column}: ${printable(d.message)} [${d.severity === 'error' ? 'Error' : 'Warning'}/${d.rule}]\n`;
    }
  }
  return total > 0 ? `${out}\n${plural(total, 'problem')}\n` : '';
}

/** GCC's diagnostic lines, which editors' and CI problem matchers read: file:line:col: error: message [rule]. */
function gcc(results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) {
    for (const d of problems(r)) out += `${printable(r.file)}:${d.line}:${d.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]\n`;
  }
  return out;
}

/** GitHub Actions workflow commands: one ::error or ::warning annotation per problem. */
function github(results: readonly FileResult[]): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  let out = '';
  for (const r of results) {
    for (const d of problems(r)) {
      const file = r.file === '-' ? '' : `file=${property(r.file)},`;
      out += `::${d.severity} ${file}line=${d.line},col=${d.column},title=${property(`routeros-gen ${d.rule}`)}::${data(printable(d.message))}\n`;
    }
  }
  return out;
}

/** SARIF 2.1.0, the format GitHub code scanning and other tools import. */
function sarif(results: readonly FileResult[]) {
  const rules: string[] = [];
  const ruleIndex = (rule: string) => {
    let i = rules.indexOf(rule);
    if (i < 0) i = rules.push(rule) - 1;
    return i;
  };
  // Relative paths stay relative (code scanning resolves them against the checkout); absolute ones become file: URIs.
  const uri = (file: string) => (file === '-' ? 'stdin' : isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file.replace(/\\/g, '/').replace(/^\.\//, '')));
  const out = results.flatMap((r) =>
    problems(r).map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex(d.rule),
      level: d.severity,
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: { startLine: d.line, startColumn: d.column } } }],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'routeros-gen',
            version: VERSION,
            rules: rules.map((id) => ({ id, shortDescription: { text: describeRule(id) } })),
          },
        },
        results: out,
      },
    ],
  };
}

function describeRule(id: string): string {
  if (id === 'syntax') return 'RouterOS script syntax';
  if (id === 'schema') return 'RouterOS menus, commands and argument values';
  if (id === 'scope') return 'RouterOS variables: declared before they are set';
  return `Policy rule ${id} (see docs/policy-rules.md)`;
}
