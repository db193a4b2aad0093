/**
 * Removes `loc` from a tree so two trees can be compared structurally, and
 * what the parser derives from other fields: the parsed `script` of a string
 * that holds code (it follows from the string's value). Two trees that print
 * the same text compare equal.
 */
export function stripLocations<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n: unknown) => stripLocations(n)) as T;
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    const isString = (node as { kind?: unknown }).kind === 'string';
    for (const [key, val] of Object.entries(node)) {
      if (key === 'loc' || (isString && key === 'script')) continue;
      out[key] = stripLocations(val);
    }
    return out as T;
  }
  return node;
}

/**
 * `JSON.stringify(stripLocations(a)) === JSON.stringify(stripLocations(b))`, without building either copy or string:
 * the same keys in the same order (ignoring `loc`, a string's `script`, and keys whose value JSON leaves out), the
 * same values as JSON writes them.
 */
export function sameIgnoringLocations(a: unknown, b: unknown): boolean {
  return sameJson(a, b, false);
}

/** Whether JSON writes nothing for a property with this value. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function sameJson(a: unknown, b: unknown, inArray: boolean): boolean {
  // What JSON writes as null: a number that is not finite, and in an array a value it cannot write.
  if ((typeof a === 'number' && !Number.isFinite(a)) || (inArray && omitted(a))) a = null;
  if ((typeof b === 'number' && !Number.isFinite(b)) || (inArray && omitted(b))) b = null;
  if (a === b && (typeof a !== 'object' || a === null)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if ('toJSON' in a || 'toJSON' in b) return JSON.stringify(stripLocations(a)) === JSON.stringify(stripLocations(b));
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], true)) return false;
    return true;
  }
  const ka = keysOf(a as Record<string, unknown>);
  const kb = keysOf(b as Record<string, unknown>);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[kb[i]!], false)) return false;
  }
  return true;
}

/** The keys JSON writes for a node once `stripLocations` has run, in order. */
function keysOf(node: Record<string, unknown>): string[] {
  const isString = node.kind === 'string';
  const out: string[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc' || (isString && key === 'script') || omitted(node[key])) continue;
    out.push(key);
  }
  return out;
}
