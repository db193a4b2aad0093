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
