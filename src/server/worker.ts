/**
 * One generation thread of the server's pool (node:worker_threads). It gets
 * a request body's bytes, answers with the status and the JSON text the
 * server writes, and never holds anything between requests: the same body gives
 * the same bytes on every thread (response_id is a hash of the prompt, the
 * options and the version). Jobs are answered in the order they arrive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GenerateOptions } from '../api/options.js';
import { generateAnswer, type GenerationAnswer, type GenerationJob, type GenerationResult } from './generation.js';

interface WorkerData {
  readonly generate: GenerateOptions;
  readonly maxConfigBytes?: number;
}

if (parentPort === null) throw new Error('src/server/worker.ts runs only as a worker thread of the server');
const port = parentPort;
const { generate, maxConfigBytes } = workerData as WorkerData;

// Warm up before saying ready: the first generation loads compromise's lexicon and compiles the hot paths.
generateAnswer(Buffer.from('{"prompt":"Block SSH from the internet"}'), generate);
port.postMessage({ ready: true });

const INTERNAL_ERROR = '{"type":"api_error","code":"internal_error","message":"An unexpected error occurred.","doc_url":"/docs/errors#internal_error"}';

port.on('message', (job: GenerationJob) => {
  let answer: GenerationAnswer;
  try {
    answer = generateAnswer(Buffer.from(job.body, 'latin1'), generate, maxConfigBytes);
  } catch {
    answer = { status: 500, json: INTERNAL_ERROR };
  }
  const result: GenerationResult = { id: job.id, status: answer.status, json: answer.json };
  port.postMessage(result);
});
