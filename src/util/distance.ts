/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate within `maxDistance` (ties: the first in the list), or undefined. */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, maxDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A fixed list of words, indexed to find the closest one to a word within a
 * few edits without measuring the distance to every word: two words within
 * `k` edits (insertions, deletions, substitutions, adjacent swaps) share a
 * string obtained by deleting at most `k` characters from each, so only the
 * words sharing such a string with the query are measured. Same answer as
 * `closest(word, words, k)`, ties included.
 */
export class WordIndex {
  private readonly byDeletion = new Map<number, Map<string, number[]>>();

  constructor(private readonly words: readonly string[]) {}

  closest(word: string, maxDistance: number): string | undefined {
    const index = this.indexFor(maxDistance);
    const candidates = new Set<number>();
    for (const d of deletions(word, maxDistance)) for (const i of index.get(d) ?? []) candidates.add(i);
    let best: number | undefined;
    let bestDistance = maxDistance + 1;
    for (const i of candidates) {
      const d = editDistance(word, this.words[i]!, maxDistance);
      // The list's first word wins a tie, as in `closest`.
      if (d < bestDistance || (d === bestDistance && best !== undefined && i < best)) {
        best = i;
        bestDistance = d;
      }
    }
    return best === undefined ? undefined : this.words[best];
  }

  private indexFor(depth: number): Map<string, number[]> {
    let index = this.byDeletion.get(depth);
    if (!index) {
      index = new Map();
      this.words.forEach((w, i) => {
        for (const d of deletions(w, depth)) {
          const list = index!.get(d);
          if (list) list.push(i);
          else index!.set(d, [i]);
        }
      });
      this.byDeletion.set(depth, index);
    }
    return index;
  }
}

/** The word and every string made by deleting up to `depth` of its characters. */
function deletions(word: string, depth: number): Set<string> {
  const all = new Set([word]);
  let level = [word];
  for (let k = 0; k < depth; k++) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!all.has(d)) {
          all.add(d);
          next.push(d);
        }
      }
    }
    level = next;
  }
  return all;
}
