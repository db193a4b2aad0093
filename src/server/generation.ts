/**
 * Generation as the server runs it, on a worker thread or (with no workers)
 * on the main one: a request body's bytes in, a status and the JSON text of
 * the response out. Parsing happens here too, so a pool thread does all the
 * CPU work of a request and the main thread only moves bytes.
 */
import { errorResponse } from '../api/errors.js';
import { handleGenAiRequest } from '../api/handle.js';
import type { GenerateOptions } from '../api/options.js';
import { parseJson } from './body.js';
import { DEFAULT_MAX_CONFIG_BYTES, MAX_BODY_BYTES } from './limits.js';

export interface GenerationJob {
  readonly id: number;
  /**
   * The request body's bytes, one character per byte (latin1): a thread gets back exactly the bytes with
   * `Buffer.from(body, 'latin1')`. A one-byte string is copied into the message as it is, which costs the main
   * thread less than moving an ArrayBuffer (that needs a copy of its own first, and detaching).
   */
  readonly body: string;
}

export interface GenerationAnswer {
  readonly status: number;
  /** The response body, already serialised. */
  readonly json: string;
}

/** A thread's answer to a job (the pool measures how long it took on its own clock: pool.ts). */
export interface GenerationResult extends GenerationAnswer {
  readonly id: number;
}

function tooLarge(): string {
  return JSON.stringify(errorResponse('payload_too_large', `The request body is over ${MAX_BODY_BYTES} bytes (its config field aside).`));
}

const INVALID_JSON = JSON.stringify(errorResponse('invalid_json', 'The request body is not valid JSON.'));

export function generateAnswer(bytes: Buffer, options: GenerateOptions, maxConfigBytes = DEFAULT_MAX_CONFIG_BYTES): GenerationAnswer {
  if (bytes.length > MAX_BODY_BYTES && bytes.length - 2 * maxConfigBytes > MAX_BODY_BYTES) return { status: 413, json: tooLarge() };
  const parsed = parseJson(bytes);
  if (parsed === undefined) return { status: 400, json: INVALID_JSON };
  // The contract's 16 KiB holds for the body apart from its `config` (the router's export, with its own limit).
  const config = (parsed.value as { config?: unknown } | null)?.config;
  const configBytes = typeof config === 'string' ? Buffer.byteLength(JSON.stringify(config)) : 0;
  if (bytes.length - configBytes > MAX_BODY_BYTES) return { status: 413, json: tooLarge() };
  const result = handleGenAiRequest(parsed.value, options, { maxConfigBytes });
  return { status: result.status, json: JSON.stringify(result.body) };
}
