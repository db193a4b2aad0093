/**
 * A generation thread for test/server/pool.test.ts that answers only when
 * told: each number posted on the BroadcastChannel `GATE` lets that many of
 * the jobs it holds be answered, oldest first, with a fixed body. With the
 * pool's clock faked, a test decides exactly how long each answer took as the
 * pool sees it.
 */
import { parentPort } from 'node:worker_threads';

export const GATE = 'routeros-gen-pool-test-gate';

if (parentPort !== null) {
  const port = parentPort;
  const held = [];
  let credits = 0;
  const answer = () => {
    while (credits > 0 && held.length > 0) {
      credits--;
      port.postMessage({ id: held.shift().id, status: 200, json: '{}' });
    }
  };
  const gate = new BroadcastChannel(GATE);
  gate.onmessage = (event) => {
    credits += event.data;
    answer();
  };
  port.on('message', (job) => {
    held.push(job);
    answer();
  });
  port.postMessage({ ready: true });
}
