/**
 * Whether a tree of plain objects is nested deeper than `limit` objects,
 * found without recursion (so it works on the trees it is there to refuse).
 */
export function maxDepthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push([item, depth]);
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        if (key === 'loc') continue;
        const child = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      }
    }
  }
  return false;
}
