/**
 * Walks every corpus file. Positive cases: the generated script must mean the
 * same commands as the expected one (both are parsed, so formatting does not
 * matter) and carry the expected destructive flag. Negative cases must be
 * refused with an error that mentions what was expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { validateAiScriptResponse } from '../../src/api/schemas.js';
import { normalizeScript } from '../helpers/normalize.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

interface PositiveCase {
  prompt: string;
  script: string;
  destructive: boolean;
  options?: Record<string, unknown>;
  /** Substrings the error/warning text must contain. */
  warns?: string[];
}
interface NegativeCase {
  prompt: string;
  refuse: string;
  options?: Record<string, unknown>;
}

function load<T>(file: string): { line: number; value: T }[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('//'))
    .map(({ text, line }) => ({ line, value: JSON.parse(text) as T }));
}

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl'));

describe('corpus', () => {
  it('has files', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const negative = file.startsWith('negative');
    describe(file, () => {
      for (const { line, value } of load<PositiveCase & NegativeCase>(file)) {
        it(`${file}:${line} ${value.prompt}`, () => {
          const response = generateScript(value.prompt, value.options);
          expect(validateAiScriptResponse(response).valid).toBe(true);
          const item = response.response[0]!;
          if (negative) {
            expect(item.content, `should be refused; got:\n${item.content}`).toBe('');
            expect(item.destructive).toBe(false);
            expect(item.error?.toLowerCase()).toContain(value.refuse.toLowerCase());
            expect(item.error).toMatch(/A prompt that works|for example|Example/);
            return;
          }
          expect(item.content, `refused: ${item.error}`).not.toBe('');
          expect(normalizeScript(item.content), `prompt: ${value.prompt}\nactual:\n${item.content}`).toEqual(normalizeScript(value.script));
          expect(item.destructive).toBe(value.destructive);
          for (const w of value.warns ?? []) expect(item.error ?? '').toContain(w);
        });
      }
    });
  }
});
