/**
 * Reading a script to check with a cap: a stream that never ends costs no
 * more than the cap, stops being read, and is reported as one diagnostic.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkInput, MAX_INPUT_BYTES, readScript } from '../../src/check.js';

/** A stream of `y\n` lines that never ends, counting what was pulled from it. */
function endless(): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.from('y\n'.repeat(32 * 1024));
  const stream = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readScript', () => {
  it('reads a whole short input', async () => {
    const input = await readScript(Readable.from([Buffer.from(':put 1\n'), ':put 2\n']));
    expect(input).toEqual({ text: ':put 1\n:put 2\n', complete: true });
    expect(checkInput(input).ok).toBe(true);
  });

  it('stops an endless input at the cap and closes it', async () => {
    const { stream, pulled } = endless();
    const input = await readScript(stream, 1024 * 1024);
    expect(input.complete).toBe(false);
    expect(input.text.length).toBe(1024 * 1024);
    expect(pulled()).toBeLessThan(4 * 1024 * 1024);
    expect(stream.destroyed).toBe(true);
  });

  it('reports input over the cap as one error, and fails closed', async () => {
    const { stream } = endless();
    const result = checkInput(await readScript(stream));
    expect(result.ok).toBe(false);
    expect(result.destructive).toBe(true);
    expect(result.diagnostics).toEqual([
      { severity: 'error', kind: 'syntax', line: 1, column: 1, message: `the input is larger than ${MAX_INPUT_BYTES} bytes (16 MiB), the most check reads; it is not checked` },
    ]);
  });

  it('passes read errors on', async () => {
    const failing = new Readable({ read() { this.destroy(Object.assign(new Error('boom'), { code: 'EIO' })); } });
    await expect(readScript(failing)).rejects.toMatchObject({ code: 'EIO' });
  });
});
