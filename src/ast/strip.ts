/** Removes `loc` from a tree so two trees can be compared structurally. */
export function stripLocations<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n: unknown) => stripLocations(n)) as T;
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, val] of Object.entries(node)) if (key !== 'loc') out[key] = stripLocations(val);
    return out as T;
  }
  return node;
}
