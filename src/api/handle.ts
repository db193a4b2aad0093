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

export function handleGenAiRequest(body: unknown, options?: GenerateOptions): GenAiResult {
  try {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new RequestError('invalid_body', 'The request body must be a JSON object with a "prompt" string.');
    }
    const prompt = (body as { prompt?: unknown }).prompt;
    if (prompt === undefined) throw new RequestError('parameter_missing', "The 'prompt' parameter is required for this request.");
    if (typeof prompt !== 'string') throw new RequestError('parameter_invalid_type', "The 'prompt' parameter must be a string.");
    return { status: 200, body: generateScript(prompt, options) };
  } catch (error) {
    if (error instanceof RequestError) return { status: error.status, body: error.body };
    return { status: 500, body: errorResponse('internal_error', 'An unexpected error occurred.') };
  }
}
