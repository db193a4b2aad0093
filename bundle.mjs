/**
 * `npm run build` runs this after tsc: each published entry point becomes one
 * ES module file (plus the chunks the entries share), made from tsc's output
 * in dist/src. Node loads a few files much faster than the ~110 modules tsc
 * writes: the library's cold start is about 80 ms shorter. Packages stay
 * outside the bundle (they are dependencies); tsc's declarations in dist/src
 * remain the types.
 */
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
