/**
 * Where tests find RouterOS's own command tree. The development checkout has
 * it in ../shared/routeros; anywhere else, point these environment variables
 * at files from tikoci/restraml (see README, "Testing and fuzzing"):
 *
 *   ROUTEROS_INSPECT_JSON       a /console/inspect tree (restraml's docs/<version>/extra/inspect.json)
 *   ROUTEROS_DEEP_INSPECT_JSON  a deep inspect with completions (restraml's docs/<version>/deep-inspect.json)
 *
 * Tests that need a file skip, saying which file and which variable, when it is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'routeros');

export const INSPECT_FILE = process.env.ROUTEROS_INSPECT_JSON || join(SHARED, 'inspect-7.24-extra.json');
export const DEEP_INSPECT_FILE = process.env.ROUTEROS_DEEP_INSPECT_JSON || join(SHARED, 'deep-inspect-7.22.3.json');

export const HAVE_INSPECT = existsSync(INSPECT_FILE);
export const HAVE_DEEP_INSPECT = existsSync(DEEP_INSPECT_FILE);

/** The note a skipped suite prints. */
export function absent(file: string, variable: string): string {
  return `${file} is absent: set ${variable} to a restraml file to run these tests (a fresh clone has no ../shared/routeros)`;
}
