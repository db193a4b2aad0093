/**
 * check: parse a user's script, validate it against the schema and run the
 * policy, as `routeros-gen check` reports it.
 */
import { runPolicy } from './policy/engine.js';
import type { Diagnostic } from './rsc/diagnostics.js';
import { MAX_SCRIPT_LENGTH, parseScript } from './rsc/parse.js';
import { validateScript } from './rsc/validate.js';
import type { Schema } from '../grammar/routeros/index.js';
import { resolveOptions } from './api/options.js';
import type { RouterModel } from './model/model.js';
import type { PolicyConfiguration } from './policy/configuration.js';

/** The configuration as the policy reads it, with the LAN side the generator would take from it. */
function configurationOf(config: string | RouterModel | undefined): PolicyConfiguration | undefined {
  if (config === undefined) return undefined;
  const resolved = resolveOptions({ config });
  return { model: resolved.model!, side: { lanSubnet: `${resolved.lanSubnet.address}/${resolved.lanSubnet.length}`, lan: resolved.lan } };
}

export interface CheckResult {
  readonly ok: boolean;
  readonly diagnostics: Diagnostic[];
  readonly destructive: boolean;
  readonly findings: { readonly rule: string; readonly line: number; readonly message: string }[];
}

export interface CheckOptions {
  /** Validate against this command tree (e.g. the user's own RouterOS version, see loadInspectSchema) instead of the built-in schema. */
  readonly schema?: Schema;
  /**
   * The router's configuration the script is for (`/export` text or a `RouterModel`): the policy then says what the
   * script will cut on that router and leaves removals of what it proves unused unflagged (docs/policy-rules.md).
   */
  readonly config?: string | RouterModel;
}

/** The most `readScript` reads: the parser's own limit (16 MiB), plus one byte to tell a longer input. */
export const MAX_INPUT_BYTES = MAX_SCRIPT_LENGTH;

/** A script read with a cap: `complete` is false when the input was longer than the cap (and reading stopped). */
export interface ScriptInput {
  readonly text: string;
  readonly complete: boolean;
}

/**
 * Reads a script from a stream (standard input, a file), at most `cap`
 * bytes: a stream that never ends (`yes | routeros-gen check -`) costs no
 * more memory than the cap, and reading stops (the stream is closed) as soon
 * as it is passed. Read errors reject as the stream reports them.
 */
export async function readScript(stream: AsyncIterable<unknown>, cap: number = MAX_INPUT_BYTES): Promise<ScriptInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (size + buffer.length > cap) {
      chunks.push(buffer.subarray(0, cap - size));
      // Leaving the loop closes the stream.
      return { text: Buffer.concat(chunks).toString('utf8'), complete: false };
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), complete: true };
}

/** `checkScript` of what `readScript` read; input past the cap is one error diagnostic, and is not checked. */
export function checkInput(input: ScriptInput, options: CheckOptions = {}, cap: number = MAX_INPUT_BYTES): CheckResult {
  if (input.complete) return checkScript(input.text, options);
  const message = `the input is larger than ${cap} bytes (${formatSize(cap)}), the most check reads; it is not checked`;
  // Nothing was checked, so nothing is known to be harmless (fail closed).
  return { ok: false, diagnostics: [{ severity: 'error', kind: 'syntax', line: 1, column: 1, message }], destructive: true, findings: [] };
}

function formatSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

export function checkScript(text: string, options: CheckOptions = {}): CheckResult {
  const { ast, diagnostics } = parseScript(text, options.schema ? { schema: options.schema } : {});
  const all = [...diagnostics, ...validateScript(ast, options.schema)];
  // With the parse diagnostics, statements the parser could not read count as destructive (fail closed).
  const configuration = configurationOf(options.config);
  const policy = runPolicy(ast, configuration === undefined ? { diagnostics } : { diagnostics, configuration });
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
