/**
 * The endpoint's semantics without HTTP: a parsed JSON body in, a status and
 * a body out. The HTTP server and the CLI's batch mode both use this.
 */
import { errorResponse, RequestError, type ErrorResponse, type ErrorStatus } from './errors.js';
import { generateScript, type AiScriptResponse } from './generate.js';
import type { GenerateOptions } from './options.js';

export type GenAiResult =
  | { readonly status: 200; readonly body: AiScriptResponse }
  | { readonly status: ErrorStatus; readonly body: ErrorResponse };

/** The largest `config` a request body may carry by default (the server's `maxConfigBytes`). */
export const DEFAULT_MAX_CONFIG_BYTES = 1024 * 1024;

export interface HandleLimits {
  /** The largest `config` field, in UTF-8 bytes; over it, 413. Default 1 MiB. */
  readonly maxConfigBytes?: number;
}

/**
 * The request body's `prompt`, and its optional `config` (the router's /export text, an extension of the contract):
 * a body's `config` replaces the `config` of `options`.
 */
export function handleGenAiRequest(body: unknown, options?: GenerateOptions, limits: HandleLimits = {}): GenAiResult {
  try {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new RequestError('invalid_body', 'The request body must be a JSON object with a "prompt" string.');
    }
    const prompt = (body as { prompt?: unknown }).prompt;
    if (prompt === undefined) throw new RequestError('parameter_missing', "The 'prompt' parameter is required for this request.");
    if (typeof prompt !== 'string') throw new RequestError('parameter_invalid_type', "The 'prompt' parameter must be a string.");
    const config = (body as { config?: unknown }).config;
    if (config !== undefined) {
      if (typeof config !== 'string') throw new RequestError('parameter_invalid_type', "The 'config' parameter must be a string: the text of an /export.");
      const max = limits.maxConfigBytes ?? DEFAULT_MAX_CONFIG_BYTES;
      // Characters are at most 3 UTF-8 bytes per UTF-16 unit: count exactly only when it could matter.
      if (config.length * 3 > max && Buffer.byteLength(config, 'utf8') > max) throw new RequestError('payload_too_large', `The 'config' parameter is over ${max} bytes.`);
      return { status: 200, body: generateScript(prompt, { ...options, config }) };
    }
    return { status: 200, body: generateScript(prompt, options) };
  } catch (error) {
    if (error instanceof RequestError) return { status: error.status, body: error.body };
    return { status: 500, body: errorResponse('internal_error', 'An unexpected error occurred.') };
  }
}
