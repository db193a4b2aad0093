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

export interface GenerationJob {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export interface GenerationAnswer {
  readonly status: number;
  /** The response body, already serialised. */
  readonly json: string;
}

/** A thread's answer to a job: the answer, and how long the thread spent on it (ms), for the pool's service-time estimate. */
export interface GenerationResult extends GenerationAnswer {
  readonly id: number;
  readonly ms: number;
}

const INVALID_JSON = JSON.stringify(errorResponse('invalid_json', 'The request body is not valid JSON.'));

export function generateAnswer(bytes: Buffer, options: GenerateOptions): GenerationAnswer {
  const parsed = parseJson(bytes);
  if (parsed === undefined) return { status: 400, json: INVALID_JSON };
  const result = handleGenAiRequest(parsed.value, options);
  return { status: result.status, json: JSON.stringify(result.body) };
}
