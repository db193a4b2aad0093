/**
 * generateScript: prompt → AiScriptResponse. Every script is printed from the
 * AST, parsed back, compared with the AST it came from, validated against the
 * schema and labelled by the policy engine; any mismatch is an internal error,
 * never a silently returned script.
 */
import { createHash } from 'node:crypto';
import type { Command, Script } from '../ast/nodes.js';
import { stripLocations } from '../ast/strip.js';
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
  const { content, ast } = render(understood.commands);
  const policy = runPolicy(ast);
  const notes = [...understood.warnings];
  for (const f of policy.findings) {
    const line = `${f.severity === 'destructive' ? 'Destructive' : 'Warning'} (line ${f.line}, ${f.rule}): ${f.message}.${f.advice ? ' ' + f.advice : ''}`;
    if (!notes.includes(line)) notes.push(line);
  }
  return item(content, notes.length > 0 ? notes.join('\n') : null, policy.destructive, understood.tokenCount, id);
}

/** Prints the commands and proves the text means exactly them; returns the text and the tree read back from it (with locations). */
export function render(commands: Command[]): { content: string; ast: Script } {
  const ast = { kind: 'script' as const, statements: commands };
  const content = printScript(ast);
  const reparsed = parseScript(content);
  const problems = [...reparsed.diagnostics, ...validateScript(reparsed.ast)].filter((d) => d.severity === 'error' || d.kind === 'schema');
  if (problems.length > 0) throw new Error(`generated script does not validate: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`);
  if (JSON.stringify(stripLocations(reparsed.ast)) !== JSON.stringify(stripLocations(ast))) throw new Error('generated script does not parse back to the AST it was printed from');
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
  const hash = createHash('sha256').update(JSON.stringify([VERSION, prompt, options])).digest('hex');
  return 'cmpl-' + hash.slice(0, 24);
}
