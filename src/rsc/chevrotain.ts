/**
 * Chevrotain, loaded from its single-file bundle. The package's ESM entry
 * imports ~650 lodash-es modules (about half a second of cold start); the
 * bundle it ships beside it (`lib/chevrotain.mjs`, same version, same code)
 * loads in a few milliseconds. The package does not export that file, so it
 * is found next to the entry the package does export.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import type * as Chevrotain from 'chevrotain';

/** Where chevrotain was loaded from: its single-file bundle, or (when that file is not where 11.x keeps it) its exported entry. */
export let chevrotainSource: 'bundle' | 'entry' = 'entry';

async function load(): Promise<typeof Chevrotain> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('chevrotain');
  } catch {
    return import('chevrotain');
  }
  // The exported entry is <package>/lib/src/api.js; the bundle is <package>/lib/chevrotain.mjs.
  const bundle = join(dirname(dirname(entry)), 'chevrotain.mjs');
  if (!existsSync(bundle)) return import('chevrotain');
  chevrotainSource = 'bundle';
  return (await import(pathToFileURL(bundle).href)) as typeof Chevrotain;
}

const chevrotain = await load();

export const createToken: typeof Chevrotain.createToken = chevrotain.createToken;
export const tokenMatcher: typeof Chevrotain.tokenMatcher = chevrotain.tokenMatcher;
export const Lexer: typeof Chevrotain.Lexer = chevrotain.Lexer;
export type Lexer = Chevrotain.Lexer;
export const CstParser: typeof Chevrotain.CstParser = chevrotain.CstParser;
export type CstParser = Chevrotain.CstParser;
