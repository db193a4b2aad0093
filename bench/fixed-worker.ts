/**
 * A generation thread for bench:server's overhead run: it takes a job as
 * src/server/worker.ts does (the body's bytes, decoded and parsed as JSON)
 * and answers a fixed body of a typical answer's size instead of
 * generating (one real answer, made at startup), so a run on it measures
 * everything the server does around generation: HTTP, admission, the
 * hand-off to a thread and back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GenerateOptions } from '../src/api/options.js';
import { generateAnswer, type GenerationJob, type GenerationResult } from '../src/server/generation.js';

if (parentPort === null) throw new Error('bench/fixed-worker.ts runs only as a worker thread');
const port = parentPort;
const { generate } = workerData as { generate: GenerateOptions };
// One real answer, made once: every job gets these bytes.
const { json } = generateAnswer(Buffer.from('{"prompt":"Block SSH from the internet"}'), generate);
const utf8 = new TextDecoder('utf-8', { fatal: true });
port.postMessage({ ready: true });
port.on('message', (job: GenerationJob) => {
  JSON.parse(utf8.decode(Buffer.from(job.body, 'latin1')));
  const result: GenerationResult = { id: job.id, status: 200, json };
  port.postMessage(result);
});
