/** The environment variables that let the RouterOS cross-checks run outside the development checkout. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('ROUTEROS_INSPECT_JSON and ROUTEROS_DEEP_INSPECT_JSON', () => {
  it('point the cross-check tests at the files given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-inspect-'));
    const tree = join(dir, 'inspect.json');
    writeFileSync(tree, '{}');
    vi.stubEnv('ROUTEROS_INSPECT_JSON', tree);
    vi.stubEnv('ROUTEROS_DEEP_INSPECT_JSON', join(dir, 'missing.json'));
    const data = await import('../helpers/routeros-data.js');
    expect(data.INSPECT_FILE).toBe(tree);
    expect(data.HAVE_INSPECT).toBe(true);
    expect(data.HAVE_DEEP_INSPECT).toBe(false);
    expect(data.absent(data.DEEP_INSPECT_FILE, 'ROUTEROS_DEEP_INSPECT_JSON')).toMatch(/missing\.json is absent: set ROUTEROS_DEEP_INSPECT_JSON/);
  });

  it('default to ../shared/routeros', async () => {
    vi.stubEnv('ROUTEROS_INSPECT_JSON', '');
    const data = await import('../helpers/routeros-data.js');
    expect(data.INSPECT_FILE).toMatch(/shared[\\/]routeros[\\/]inspect-7\.24-extra\.json$/);
  });
});
