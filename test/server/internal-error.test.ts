/** 500 paths, with the generator made to fail (vi.mock is per file, so the other server tests see the real one). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GenAiServer } from '../../src/server/index.js';
import { expectError, postJson, start } from './helpers.js';

const failure = vi.hoisted(() => ({ mode: 'none' as 'none' | 'generator' | 'handler' | 'server' }));

vi.mock('../../src/api/generate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/api/generate.js')>();
  return {
    ...real,
    generateScript: (...args: Parameters<typeof real.generateScript>) => {
      if (failure.mode === 'generator') throw new TypeError('boom in /work/main/src/secret.ts:12');
      return real.generateScript(...args);
    },
  };
});

vi.mock('../../src/api/handle.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/api/handle.js')>();
  return {
    ...real,
    handleGenAiRequest: (...args: Parameters<typeof real.handleGenAiRequest>) => {
      if (failure.mode === 'handler') throw new RangeError('escaped from the handler at /work/main/src/x.ts:1:1');
      return real.handleGenAiRequest(...args);
    },
  };
});

vi.mock('../../src/server/body.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/server/body.js')>();
  return {
    ...real,
    readBody: (...args: Parameters<typeof real.readBody>) => {
      if (failure.mode === 'server') throw new RangeError('escaped from the server at /work/main/src/x.ts:1:1');
      return real.readBody(...args);
    },
  };
});

let server: GenAiServer;
const log: string[] = [];
beforeAll(async () => {
  server = await start({ quiet: false, log: (line) => log.push(line) });
});
afterAll(() => server.close());

describe('500 internal_error', () => {
  it('when the generator throws: an ErrorResponse, never the error or its stack', async () => {
    failure.mode = 'generator';
    const r = await postJson(server, { prompt: 'block ssh' });
    const text = await r.clone().text();
    await expectError(r, 500, 'internal_error');
    expect(text).not.toMatch(/boom|secret|TypeError|\.ts/);
    failure.mode = 'none';
    expect((await postJson(server, { prompt: 'block ssh' })).status).toBe(200);
  });

  it('when the request handler throws (on the generation path): an ErrorResponse, never the error', async () => {
    failure.mode = 'handler';
    const r = await postJson(server, { prompt: 'block ssh' });
    const text = await r.clone().text();
    await expectError(r, 500, 'internal_error');
    expect(text).not.toMatch(/escaped|RangeError|\.ts/);
    failure.mode = 'none';
    expect((await postJson(server, { prompt: 'block ssh' })).status).toBe(200);
  });

  it('when the server itself fails: an ErrorResponse, the connection closed, the server still up', async () => {
    log.length = 0;
    failure.mode = 'server';
    const r = await postJson(server, { prompt: 'block ssh' });
    expect(r.headers.get('connection')).toBe('close');
    const text = await r.clone().text();
    await expectError(r, 500, 'internal_error');
    expect(text).not.toMatch(/escaped|RangeError|\.ts/);
    failure.mode = 'none';
    expect((await postJson(server, { prompt: 'block ssh' })).status).toBe(200);
    expect(log.filter((l) => / POST \/scripts\/gen-ai 500 /.test(l))).toHaveLength(1);
    expect(server.inFlight).toBe(0);
  });
});
