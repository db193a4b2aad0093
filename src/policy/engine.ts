/**
 * The policy engine: runs rules over the AST and decides `destructive`.
 * Rules are ESLint-shaped (one per file, meta + check); the registry and the
 * presets say which run.
 *
 * Order of work for one script:
 * 1. scripts held in strings (`on-event=`, `source=`, `:execute "..."`) are
 *    parsed and checked with the same rules, their findings placed on the
 *    command that holds them;
 * 2. every ordinary rule runs; a rule reports findings and may mark commands
 *    it judged safe (`examined`);
 * 3. fallback rules run last: the fail-closed catch-all flags changes no rule
 *    reported or examined.
 */
import type { Command, Script, Value } from '../ast/nodes.js';
import { parseScript } from '../rsc/parse.js';
import { collectCommands, walkScript, type CallSite } from './commands.js';
import { codeText, definedScripts, embeddedScripts, parsedCode } from './embedded.js';
import { PRESETS, RULES, type PresetName } from './registry.js';
import type { Diagnostic } from '../rsc/diagnostics.js';
import { IMPACT_RULE, IN_USE_RULES, judgeWithConfiguration, UNUSED_RULE, type PolicyConfiguration } from './configuration.js';
import type { EmbeddedScript, Finding, PolicyResult, PolicyRule, Report, RuleContext, ScriptVerdict, UnparsedStatement } from './types.js';

export interface PolicyOptions {
  readonly preset?: PresetName;
  /**
   * The diagnostics `parseScript` returned with the script. Statements with
   * syntax errors are missing from the AST, so without these the policy cannot
   * see them; with them, each one is a destructive finding (fail closed).
   */
  readonly diagnostics?: readonly Diagnostic[];
  /**
   * The router's configuration the script is for (src/policy/configuration.ts): what it makes certain becomes a
   * `configuration-impact` finding ("will"), and a removal of an object it proves unused is no longer flagged.
   */
  readonly configuration?: PolicyConfiguration;
}

/** A finding before its message says where it is embedded. */
interface RawFinding {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly advice?: string;
  /** Innermost first: [":execute", "on-event of /system scheduler"]. */
  readonly inside: readonly string[];
  /** The command of the checked text the finding is on (for a finding inside a string, the command holding it). */
  readonly command: Command;
}

interface Environment {
  readonly rules: readonly PolicyRule[];
  /** Scripts the checked text defines, by name, with their `source` values. */
  readonly defined: ReadonlyMap<string, Value | null>;
  /** Variables the checked text sets (`:global f do={...}`, `:local f [:parse "..."]`): code they hold is checked where it is set. */
  readonly variables: ReadonlySet<string>;
  readonly verdicts: Map<string, ScriptVerdict | 'pending'>;
}

export function runPolicy(script: Script, options: PolicyOptions = {}): PolicyResult {
  const rules = rulesOf(options.preset ?? 'recommended');
  const all = collectCommands(script);
  const env: Environment = { rules, defined: definedScripts(all), variables: definedVariables(all), verdicts: new Map() };
  const unparsed = (options.diagnostics ?? [])
    .filter((d) => d.severity === 'error' && d.kind === 'syntax')
    .map((d) => ({ line: d.line, column: d.column, message: d.message }));
  let raw = analyze(script, env, 0, unparsed);
  if (options.configuration !== undefined) raw = withConfiguration(raw, script, options.configuration);
  const findings = raw.map(finish);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  return { findings, destructive: findings.some((f) => f.severity === 'destructive') };
}

/** Each preset's rules, looked up once (the registry and the presets never change). */
const presetRules = new Map<PresetName, readonly PolicyRule[]>();
function rulesOf(preset: PresetName): readonly PolicyRule[] {
  let rules = presetRules.get(preset);
  if (!rules) {
    rules = PRESETS[preset].map((id) => {
      const rule = RULES.get(id);
      if (!rule) throw new Error(`policy: preset names unknown rule ${id}`);
      return rule;
    });
    presetRules.set(preset, rules);
  }
  return rules;
}

function analyze(script: Script, env: Environment, depth: number, unparsed: readonly UnparsedStatement[] = []): RawFinding[] {
  const nested = depth > 0;
  const { commands, calls } = walkScript(script, { scriptNames: nested });
  const embedded = [...commands.flatMap((c) => embeddedScripts(c, depth)), ...calls.flatMap((c) => unknownCall(c, env))];
  const covered = new Set<Command>();
  const out: RawFinding[] = [];

  for (const e of embedded) {
    if (!e.script) continue;
    const at = e.command.loc ?? { line: 1, column: 1 };
    for (const inner of analyze(e.script, env, depth + 1)) {
      out.push({ ...inner, line: at.line, column: at.column, inside: [...inner.inside, e.where], command: e.command });
      if (inner.severity === 'destructive') covered.add(e.command);
    }
  }

  const contextFor = (rule: PolicyRule): RuleContext => ({
    commands,
    script,
    embedded,
    unparsed,
    report: (report) => {
      out.push(toFinding(rule, report));
      if (rule.meta.severity === 'destructive') covered.add(report.command);
    },
    examined: (command) => {
      if (rule.meta.severity === 'destructive') covered.add(command);
    },
    isCovered: (command) => covered.has(command),
    scriptVerdict: (name) => verdict(name, env),
  });
  for (const rule of env.rules) if (!rule.meta.fallback) rule.check(contextFor(rule));
  for (const rule of env.rules) if (rule.meta.fallback) rule.check(contextFor(rule));
  return out;
}

/** Variables the text sets with `:global`, `:local` or `:set`. */
function definedVariables(commands: readonly Command[]): Set<string> {
  const names = new Set<string>();
  for (const command of commands) {
    if (command.path.length > 0 || !['global', 'local', 'set'].includes(command.name)) continue;
    const first = command.args.find((a) => a.kind === 'positional');
    if (first?.kind === 'positional' && first.value.kind === 'word') names.add(first.value.text);
  }
  return names;
}

/**
 * `$f a=1` runs the code held in `$f`. Code set in the same text is checked
 * where it is set (`do={...}` blocks and `:parse` strings are); anything else
 * cannot be read, so the call counts as an uninspectable script.
 */
function unknownCall(call: CallSite, env: Environment): EmbeddedScript[] {
  if (call.variable !== null && env.variables.has(call.variable)) return [];
  // A stand-in command carrying the call's position: a call is not a command.
  const command: Command = { kind: 'command', path: [], name: '(call)', args: [], ...(call.loc ? { loc: call.loc } : {}) };
  const where = call.variable === null ? 'a call of computed code' : `the call of $${call.variable}`;
  const problem = call.variable === null ? 'the code is computed at run time' : `$${call.variable} is not set in this text, so its code is unknown`;
  return [{ command, where, script: null, problem }];
}

/** Whether running a script the checked text defines is destructive. */
function verdict(name: string, env: Environment): ScriptVerdict {
  if (!env.defined.has(name)) return 'not-defined';
  const known = env.verdicts.get(name);
  // A script that (indirectly) runs itself adds nothing the first pass does not see.
  if (known === 'pending') return 'safe';
  if (known) return known;
  env.verdicts.set(name, 'pending');
  let result: ScriptVerdict = 'destructive';
  const parsed = parsedCode(env.defined.get(name));
  const code = codeText(env.defined.get(name));
  if (parsed) result = analyze(parsed, env, 1).some((f) => f.severity === 'destructive') ? 'destructive' : 'safe';
  else if ('text' in code) {
    const { ast, diagnostics } = parseScript(code.text);
    if (!diagnostics.some((d) => d.severity === 'error')) {
      result = analyze(ast, env, 1).some((f) => f.severity === 'destructive') ? 'destructive' : 'safe';
    }
  }
  env.verdicts.set(name, result);
  return result;
}

function toFinding(rule: PolicyRule, report: Report): RawFinding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`policy: rule ${rule.meta.id} has no message ${report.messageId}`);
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) => String(report.data?.[key] ?? `{${key}}`));
  const at = report.command.loc ?? { line: 1, column: 1 };
  const finding: RawFinding = { rule: rule.meta.id, severity: rule.meta.severity, line: at.line, column: at.column, message, inside: [], command: report.command };
  return rule.meta.advice ? { ...finding, advice: rule.meta.advice } : finding;
}

/**
 * The findings with the configuration read: "will" sentences added, and the in-use findings of a removal the
 * configuration proves harmless replaced by one warning saying why. A command keeps every finding when any of its
 * destructive findings is about something other than the object being in use.
 */
function withConfiguration(raw: RawFinding[], script: Script, configuration: PolicyConfiguration): RawFinding[] {
  const top = script.statements.filter((s): s is Command => s.kind === 'command' && s.path.length > 0);
  const { impacts, unused } = judgeWithConfiguration(top, configuration);
  const out: RawFinding[] = [];
  const cleared = new Set<Command>();
  for (const [command, why] of unused) {
    const mine = raw.filter((f) => f.command === command && f.inside.length === 0 && f.severity === 'destructive');
    if (mine.length > 0 && mine.every((f) => IN_USE_RULES.has(f.rule))) cleared.add(command);
  }
  for (const f of raw) if (!(cleared.has(f.command) && f.severity === 'destructive' && f.inside.length === 0)) out.push(f);
  const at = (c: Command): { line: number; column: number } => c.loc ?? { line: 1, column: 1 };
  for (const command of cleared) {
    out.push({ rule: UNUSED_RULE, severity: 'warning', ...at(command), message: `Harmless on this router: ${unused.get(command)}`, inside: [], command });
  }
  for (const i of impacts) out.push({ rule: IMPACT_RULE, severity: 'destructive', ...at(i.command), message: i.message.replace(/\.$/, ''), inside: [], command: i.command });
  return out;
}

function finish(raw: RawFinding): Finding {
  const { inside, command: _command, ...rest } = raw;
  if (inside.length === 0) return rest;
  const embeddedIn = inside.join(' in ');
  return { ...rest, message: `${raw.message} (inside ${embeddedIn})`, embeddedIn };
}
