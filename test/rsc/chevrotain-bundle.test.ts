/**
 * src/rsc/chevrotain.ts loads lib/chevrotain.mjs, a file chevrotain ships but
 * does not export, because its exported entry pulls in ~650 lodash-es modules
 * (about half a second of cold start). If an update moves that file, the
 * parser still works (it falls back to the entry) but starts slowly: this
 * test is what notices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chevrotainSource, CstParser, Lexer, createToken } from '../../src/rsc/chevrotain.js';

const require = createRequire(import.meta.url);
const entry = require.resolve('chevrotain');
const version = (JSON.parse(readFileSync(join(dirname(dirname(dirname(entry))), 'package.json'), 'utf8')) as { version: string }).version;

describe("chevrotain's single-file bundle", () => {
  it('is what the parser loads', () => {
    expect(
      chevrotainSource,
      `chevrotain ${version} has no lib/chevrotain.mjs next to its entry ${entry}: src/rsc/chevrotain.ts fell back to the ` +
        'exported entry, which loads lodash-es (cold start about 0.5 s slower). Find the single-file build in the new version and update the path, ' +
        'or, from chevrotain 12 (no lodash-es, Node 22+), import the package directly.',
    ).toBe('bundle');
  });

  it('is the same version as the package and exports what the parser uses', () => {
    expect(version).toMatch(/^11\./);
    const bundle = readFileSync(join(dirname(dirname(entry)), 'chevrotain.mjs'), 'utf8');
    expect(bundle).toContain(version);
    for (const name of [CstParser, Lexer, createToken]) expect(typeof name).toBe('function');
  });
});
