/**
 * `npm run build` runs this after tsc: each published entry point becomes one
 * ES module file (plus the chunks the entries share), made from tsc's output
 * in dist/src. Node loads a few files much faster than the ~110 modules tsc
 * writes: the library's cold start is about 80 ms shorter. Packages stay
 * outside the bundle (they are dependencies); tsc's declarations in dist/src
 * remain the types.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'rolldown';

// rolldown's API, not its CLI: the CLI prints a table of chunks, which `npm start` would show before the script.
await build({
  input: {
    index: 'dist/src/index.js',
    server: 'dist/src/server/index.js',
    testing: 'dist/src/testing/index.js',
    cli: 'dist/src/cli/main.js',
    // The server's generation threads load this file by URL (src/server/pool.ts: ./worker.js next to the bundle).
    worker: 'dist/src/server/worker.js',
  },
  platform: 'node',
  // Bare specifiers (compromise, chevrotain, fast-check, node:...) are loaded from node_modules at run time.
  external: [/^[^./]/],
  output: { dir: 'dist/bundle', format: 'esm', chunkFileNames: 'shared-[hash].js', cleanDir: true },
  logLevel: 'warn',
});

// The package is ES modules only. require() of it (the "require" condition of every export) gets this file,
// which says so, instead of Node's ERR_REQUIRE_ESM or, on Node 22+, ERR_REQUIRE_ASYNC_MODULE (the parser is
// loaded with top-level await), neither of which tells the user what to do.
const REQUIRE_MESSAGE =
  "routeros-gen is an ES module package and cannot be loaded with require(). Use import { generateScript } from 'routeros-gen' " +
  'in an ES module ("type": "module" in package.json, or a .mjs/.mts file), or const { generateScript } = await import(\'routeros-gen\') from CommonJS.';
writeFileSync(
  'dist/bundle/require.cjs',
  `'use strict';\nconst error = new Error(${JSON.stringify(REQUIRE_MESSAGE)});\nerror.code = 'ERR_REQUIRE_ESM';\nthrow error;\n`,
);
