/**
 * Vitest settings. Tests that spawn the CLI or a server run on a shared 2-core machine (CI runs there too): the
 * 5-second default per test is too tight under load, so a test gets 30 s (timing targets live in bench/, never here).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
