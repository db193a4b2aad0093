/**
 * The response checks run ajv's code generated ahead of time
 * (src/api/validators.generated.ts). It must match the schemas it was made
 * from, and say what is wrong in ajv's own words.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { VALIDATORS_FILE, validatorModuleSource } from '../../src/api/compile-validators.js';
import { aiScriptResponseSchema, errorResponseSchema, genAiRequestSchema } from '../../src/api/schema-data.js';
import { validateAiScriptResponse, validateErrorResponse, validateRequest } from '../../src/api/schemas.js';

const good = { response: [{ content: '/system identity set name=a', error: null, destructive: false }], tokenUsage: { prompt: 3, completion: 5, total: 8 }, response_id: 'cmpl-abc123' };

describe('the generated response validators', () => {
  it('are up to date with the schemas (run `npm run schemas` after changing src/api/schema-data.ts)', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8')).toBe(validatorModuleSource());
  });

  it('accept and reject what ajv compiling the schemas at run time does, with the same error text', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const runtime = ajv.compile(aiScriptResponseSchema);
    const bodies: unknown[] = [
      good,
      { ...good, response: [] },
      { ...good, response_id: 'cmpl-' },
      { ...good, tokenUsage: { prompt: -1, completion: 1.5, total: '3' } },
      { ...good, extra: 1 },
      { response: [{ content: 1, error: 2, destructive: 'no', more: true }] },
      null, 'text', [], 7,
    ];
    for (const body of bodies) {
      const ours = validateAiScriptResponse(body);
      expect(ours.valid).toBe(runtime(body));
      expect(ours.errors).toBe(ours.valid ? '' : ajv.errorsText(runtime.errors));
    }
    const error = ajv.compile(errorResponseSchema);
    for (const body of [{ type: 'a', code: 'b_c', message: 'm', doc_url: 'u' }, { type: '', code: 'B', message: 'm' }]) {
      expect(validateErrorResponse(body).valid).toBe(error(body));
      expect(validateErrorResponse(body).errors).toBe(error(body) ? '' : ajv.errorsText(error.errors));
    }
  });

  it('count the prompt limit in code points, as the contract does', () => {
    expect(validateRequest({ prompt: '😀'.repeat(200) }).valid).toBe(true);
    expect(validateRequest({ prompt: 'a'.repeat(201) }).errors).toBe('data/prompt must NOT have more than 200 characters');
  });

  it('are self-contained: no import or require, so ajv is only a development dependency', () => {
    const text = readFileSync(VALIDATORS_FILE, 'utf8');
    expect(text).not.toMatch(/^\s*import\b|\brequire\(|from ['"]ajv/m);
  });

  it('count code points as ajv\'s own runtime helper does, lone surrogates included', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const runtime = ajv.compile(genAiRequestSchema);
    const pieces = ['a', '😀', '\ud800', '\udc00', 'é', '\u0301'];
    let seed = 7;
    const outcomes = new Set<boolean>();
    for (let n = 0; n < 300; n++) {
      let prompt = '';
      const length = 195 + (n % 20);
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        prompt += pieces[seed % pieces.length];
      }
      const valid = runtime({ prompt });
      outcomes.add(valid);
      expect(validateRequest({ prompt }).valid, JSON.stringify(prompt)).toBe(valid);
    }
    expect([...outcomes].sort()).toEqual([false, true]);
  });
});
