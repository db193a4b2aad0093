/**
 * generateScript: prompt → AiScriptResponse. Every script is printed from the
 * AST, parsed back, compared with the AST it came from, validated against the
 * schema and labelled by the policy engine; any mismatch is an internal error,
 * never a silently returned script.
 */
import * as crypto from 'node:crypto';
import type { Command, Script } from '../ast/nodes.js';
import { sameIgnoringLocations } from '../ast/strip.js';
import { explain, understand, type ClauseReading } from '../intents/index.js';
import { runPolicy } from '../policy/engine.js';
import { countTokens } from '../rsc/lexer.js';
import { parseScript } from '../rsc/parse.js';
import { printScript } from '../rsc/print.js';
import { validateScript } from '../rsc/validate.js';
import { VERSION } from '../version.js';
import { RequestError } from './errors.js';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './options.js';
import { MAX_PROMPT_LENGTH, validateAiScriptResponse } from './schemas.js';
import { fitToRouter, UNPLACED } from '../model/context.js';
import { inPrefix } from '../slots/ipv4.js';
import type { RouterModel } from '../model/model.js';
import { undoText } from '../model/undo.js';
import { IMPACT_RULE, type PolicyConfiguration } from '../policy/configuration.js';
import { sideImpacts } from '../model/sides.js';
import { command, find, str } from '../ast/build.js';

export interface AiScriptItem {
  content: string;
  error: string | null;
  destructive: boolean;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

export interface AiScriptResponse {
  /** Always exactly one item (the contract's array), typed as a one-element tuple so `response[0]` is an item under noUncheckedIndexedAccess. */
  response: [AiScriptItem];
  tokenUsage: TokenUsage;
  response_id: string;
}

/** Checks a prompt the way the endpoint does; throws RequestError (400/422). */
export function checkPrompt(prompt: unknown): string {
  if (prompt === undefined || prompt === null) throw new RequestError('parameter_missing', "The 'prompt' parameter is required for this request.");
  if (typeof prompt !== 'string') throw new RequestError('parameter_invalid_type', `The 'prompt' parameter must be a string, not ${Array.isArray(prompt) ? 'an array' : typeof prompt}.`);
  if (prompt.trim() === '') throw new RequestError('prompt_empty', "The 'prompt' parameter must not be empty.");
  const length = [...prompt].length;
  if (length > MAX_PROMPT_LENGTH) throw new RequestError('prompt_too_long', `The 'prompt' parameter is ${length} characters long; at most ${MAX_PROMPT_LENGTH} are allowed.`);
  return prompt;
}

/**
 * Turns an English request into a RouterOS v7 script.
 * Throws RequestError for an invalid prompt or option (status 4xx) and for an
 * internal failure (status 500); a request it cannot answer safely is not an
 * error: it comes back with empty `content` and the reason in `error`.
 */
export function generateScript(prompt: string, options?: GenerateOptions): AiScriptResponse {
  const text = checkPrompt(prompt);
  const resolved = resolveOptions(options);
  let response: AiScriptResponse;
  try {
    response = build(text, resolved);
  } catch (cause) {
    if (cause instanceof RequestError) throw cause;
    throw new RequestError('internal_error', 'The script could not be generated because of an internal error.', { cause });
  }
  const check = validateAiScriptResponse(response);
  if (!check.valid) throw new RequestError('internal_error', `The response failed its own schema: ${check.errors}`);
  return response;
}

/** How `generateScript` read a prompt: each clause's rule and how each word was read, with the response itself. */
export interface PromptExplanation {
  readonly clauses: readonly ClauseReading[];
  readonly response: AiScriptResponse;
}

/**
 * `generateScript` with its reading shown: for each clause the rule that answered it and, for each word, who read
 * it (`claimed` by the rule, written as a `value`, the `label` of a value, a `unit` of a number) or why it needed no
 * reading (`filler`, `structure`); an `unread` word is why a prompt was refused.
 */
export function explainPrompt(prompt: string, options?: GenerateOptions): PromptExplanation {
  const text = checkPrompt(prompt);
  const resolved = resolveOptions(options);
  const { clauses } = explain(text, resolved);
  return { clauses, response: generateScript(text, options) };
}

function build(prompt: string, options: ResolvedOptions): AiScriptResponse {
  const understood = understand(prompt, options);
  const id = responseId(prompt, options);
  if (understood.kind === 'refusal') {
    return item('', understood.message, false, understood.tokenCount, id);
  }
  let commands = understood.commands;
  let notes = [...understood.warnings];
  if (options.model !== undefined) {
    // The router's configuration: names checked, filter rules placed, what is already there left out (src/model/context.ts).
    const unclear = unclearLan(commands, options);
    if (unclear !== undefined) return item('', `Cannot generate this safely for this router: ${unclear}.`, false, understood.tokenCount, id);
    const fit = fitToRouter(commands, options.model);
    if (fit.kind === 'refusal') return item('', `Cannot generate this safely for this router: ${fit.message}.`, false, understood.tokenCount, id);
    // Filter and raw rules were placed (and the fit's notes say where): the family's "added at the end" is no longer true.
    if (commands.some((c) => c.name === 'add' && /^ip firewall (?:filter|raw)$/.test(c.path.join(' ')))) notes = notes.filter((w) => !UNPLACED.test(w));
    commands = fit.commands;
    notes = notes.map((n) => fromConfiguration(n, options));
    const wan = options.wan;
    if (options.origin?.wan === 'config' && 'interface' in wan && commands.some((c) => c.args.some((a) => a.kind === 'named' && a.value?.kind === 'word' && a.value.text === wan.interface && /interface$/.test(a.name)))) {
      notes.unshift(`"WAN" was taken to mean interface ${wan.interface}, where the router's configuration gets its internet address (it has no WAN interface list).`);
    }
    notes.push(...fit.notes);
    // Everything asked for is already in effect: no script, and the response says what already does it.
    if (commands.length === 0) return item('', notes.filter((n) => n.startsWith('Already done:') || n.startsWith('Read ')).join('\n'), false, understood.tokenCount, id);
  }
  const { content, ast } = render(commands);
  // With the configuration, what a command may cut becomes what it will cut on this router, and removing what it does
  // not use is not flagged (src/policy/configuration.ts).
  const configuration = policyConfiguration(options);
  const policy = runPolicy(ast, configuration === undefined ? {} : { configuration });
  const definite: string[] = [];
  for (const f of policy.findings) {
    if (f.rule === IMPACT_RULE) {
      if (!definite.includes(`Destructive on this router: ${f.message}.`)) definite.push(`Destructive on this router: ${f.message}.`);
      continue;
    }
    const line = `${f.severity === 'destructive' ? 'Destructive' : 'Warning'} (line ${f.line}, ${f.rule}): ${f.message}.${f.advice ? ' ' + f.advice : ''}`;
    if (!notes.includes(line)) notes.push(line);
  }
  notes.push(...definite);
  // The router's sides as the options and the configuration give them (src/model/sides.ts).
  const sides = sideImpacts(commands, options).map((s) => `Destructive on this router: ${s}`);
  notes.push(...sides);
  const destructive = policy.destructive || sides.length > 0;
  if (options.safeApply !== undefined && options.model !== undefined && destructive) {
    const wrapped = safeApply(commands, content, options.model, options.safeApply, id);
    if (typeof wrapped === 'string') return item('', `Cannot generate this safely with safe apply: ${wrapped}.`, false, understood.tokenCount, id);
    const checked = render(wrapped.commands);
    const wrappedPolicy = runPolicy(checked.ast, configuration === undefined ? {} : { configuration });
    notes.push(wrapped.note);
    // The wrapped script is still destructive: the policy reads the scheduler's on-event as code too.
    return item(checked.content, notes.join('\n'), wrappedPolicy.destructive || destructive, understood.tokenCount, id);
  }
  return item(content, notes.length > 0 ? notes.join('\n') : null, destructive, understood.tokenCount, id);
}

/** What the policy reads of the configuration: the model, and the LAN the admin manages the router from. */
function policyConfiguration(options: ResolvedOptions): PolicyConfiguration | undefined {
  if (options.model === undefined) return undefined;
  return { model: options.model, side: { lanSubnet: `${options.lanSubnet.address}/${options.lanSubnet.length}`, lan: options.lan } };
}

/**
 * The families' notes name the option a default came from ("(the lanBridge option)"); when the configuration gave
 * the value instead, the note says so.
 */
function fromConfiguration(note: string, options: ResolvedOptions): string {
  const origin = options.origin;
  if (origin === undefined) return note;
  let out = note;
  if (origin.lanBridge === 'config') {
    out = out.replace(/ \(the lanBridge option\)(?:; pass lanBridge if yours differs)?/, " (the router's configuration: the LAN bridge)");
  }
  if (origin.lanSubnet === 'config') {
    out = out.replace(/ \(the lanSubnet option\); name the subnet if yours differs/, " (the router's configuration: the LAN bridge's subnet)").replace(/; pass the lanSubnet option if yours differs\./, " (the router's configuration: the LAN bridge's subnet).");
  }
  return out;
}

/**
 * "The LAN" as an address, when the configuration does not say which subnet it is (no address on the LAN bridge, or
 * several) and the default 192.168.88.0/24 is not one of the router's: refused rather than written for a subnet the
 * router does not have.
 */
function unclearLan(commands: readonly Command[], options: ResolvedOptions): string | undefined {
  const model = options.model;
  if (model === undefined || options.origin?.lanSubnet !== 'default') return undefined;
  const { address, length } = options.lanSubnet;
  const uses = commands.some((c) => c.args.some((a) => a.kind === 'named' && a.value?.kind === 'prefix' && a.value.address === address && a.value.length === length));
  if (!uses) return undefined;
  const own = model.addresses().filter((a) => !a.disabled);
  if (own.some((a) => a.address.split('/')[0] !== undefined && inPrefix(a.address.split('/')[0]!, address, length))) return undefined;
  const lanSide = new Set([...(model.listMembers().get('LAN') ?? []), ...(options.lanBridge ? [options.lanBridge] : [])]);
  const candidates = own.filter((a) => lanSide.has(a.interface)).map((a) => `${a.interface} ${a.address}`);
  return `"the LAN" would be ${address}/${length} (RouterOS's default), but the router has no address there${candidates.length > 0 ? ` (its LAN side has ${candidates.join(', ')})` : ''}; name the subnet, or pass the lanSubnet option`;
}

/** Prints the commands and proves the text means exactly them; returns the text and the tree read back from it (with locations). */
export function render(commands: Command[]): { content: string; ast: Script } {
  const ast = { kind: 'script' as const, statements: commands };
  const content = printScript(ast);
  const reparsed = parseScript(content);
  const problems = [...reparsed.diagnostics, ...validateScript(reparsed.ast)].filter((d) => d.severity === 'error' || d.kind === 'schema');
  if (problems.length > 0) throw new Error(`generated script does not validate: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
  if (!sameIgnoringLocations(reparsed.ast, ast)) throw new Error('generated script does not parse back to the AST it was printed from');
  return { content, ast: reparsed.ast };
}

function item(content: string, error: string | null, destructive: boolean, promptTokens: number, id: string): AiScriptResponse {
  const completion = content === '' ? 0 : countTokens(content);
  return {
    response: [{ content, error, destructive }],
    tokenUsage: { prompt: promptTokens, completion, total: promptTokens + completion },
    response_id: id,
  };
}

/** `cmpl-` + the first 24 hex digits of SHA-256 over the prompt, the resolved options and the library version. */
export function responseId(prompt: string, options: ResolvedOptions): string {
  // The configuration counts by its digest (the same export text, the same id). The text hashed is
  // JSON.stringify([VERSION, prompt, rest]) (or [..., digest]), with the options' part written once per options object.
  let tail = optionsJson.get(options);
  if (tail === undefined) {
    const { model, ...rest } = options;
    tail = ',' + JSON.stringify(rest) + (model === undefined ? '' : ',' + JSON.stringify(model.digest)) + ']';
    optionsJson.set(options, tail);
  }
  const hash = sha256Hex(VERSION_JSON + JSON.stringify(prompt) + tail);
  return 'cmpl-' + hash.slice(0, 24);
}

const VERSION_JSON = '[' + JSON.stringify(VERSION) + ',';
/** SHA-256 in hex: Node's one-shot `crypto.hash` where it exists (20.12 and later), which skips building a Hash object. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = (text: string): string => (oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex'));
/** The JSON of resolved options as `responseId` hashes it (resolved options are never changed after they are made). */
const optionsJson = new WeakMap<ResolvedOptions, string>();

/**
 * The scheduled-revert pattern (the offline equivalent of Safe Mode for a script applied through an API): a scheduler
 * entry that, `minutes` after it is added, removes itself and runs the script's undo; then the script. Once the admin
 * still has access, one command cancels the revert.
 */
function safeApply(commands: readonly Command[], content: string, model: RouterModel, minutes: number, id: string): { commands: Command[]; note: string } | string {
  const undo = undoText(content, model);
  if (undo.kind === 'refusal') return `its undo cannot be written (${undo.reason})`;
  const name = `routeros-gen-revert-${id.slice(5, 13)}`;
  const removeSelf = command('/system scheduler', 'remove', [{ kind: 'positional', value: find('/system scheduler', { name: str(name) }) }]);
  // The entry removes itself first, so a revert that fails half-way does not run again.
  const onEvent = printScript({ kind: 'script', statements: [removeSelf, ...undo.commands] });
  const revert = command('/system scheduler', 'add', { name: str(name), interval: `${minutes}m`, 'on-event': str(onEvent), comment: str('routeros-gen: revert unless cancelled') });
  const cancel = printScript({ kind: 'script', statements: [removeSelf] }).trim();
  return {
    commands: [revert, ...commands],
    // An entry with an interval and no start time first runs one interval after it is added (MikroTik's manual leaves
    // the first run of such an entry unstated; see the README's Safe apply), so the note says how to see it is armed.
    note: `Safe apply: the first line schedules the undo of this script in ${minutes} minute${minutes === 1 ? '' : 's'} (scheduler entry ${name}; /system scheduler print where name="${name}" shows it with its next-run ${minutes} minute${minutes === 1 ? '' : 's'} ahead while it is armed); once you still have access after applying it, cancel the revert with: ${cancel}`,
  };
}

/**
 * The inverse of a script (one `generateScript` wrote, or any script of menu commands) against the router's
 * configuration: what it adds is removed by every property it was added with, what it changes gets its earlier
 * values back, what it removes is added again in its place. Applying the script and then the undo to the
 * configuration gives back the configuration. Refused (empty `content`, the reason in `error`) where the
 * configuration does not say what a value was. Throws RequestError for a missing or invalid configuration.
 */
export function undoScript(script: string, config: string | RouterModel): AiScriptItem {
  if (typeof script !== 'string') throw new RequestError('parameter_invalid_type', 'undoScript needs the script as text');
  if (config === undefined || config === null) throw new RequestError('invalid_option', 'undoScript needs the configuration (config) the script is for');
  const model = resolveOptions({ config }).model!;
  const undo = undoText(script, model);
  if (undo.kind === 'refusal') return { content: '', error: `Cannot write the undo safely: ${undo.reason}.`, destructive: false };
  if (undo.commands.length === 0) return { content: '', error: 'The script changes nothing in the configuration: there is nothing to undo.', destructive: false };
  const { content, ast } = render(undo.commands);
  const policy = runPolicy(ast);
  const notes = policy.findings.map((f) => `${f.severity === 'destructive' ? 'Destructive' : 'Warning'} (line ${f.line}, ${f.rule}): ${f.message}.`);
  return { content, error: notes.length > 0 ? [...new Set(notes)].join('\n') : null, destructive: policy.destructive };
}
