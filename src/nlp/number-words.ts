/**
 * Spoken numbers as people type them for ports and sizes: "twenty two" (22),
 * "four forty-three" (443: digits said in groups), "eighty eighty" (8080),
 * "three thousand three hundred eighty nine" (3389), "a hundred" (100).
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export function isNumberWord(word: string): boolean {
  return word in UNITS || word in TEENS || word in TENS || word === 'hundred' || word === 'thousand';
}

/**
 * Reads a run of number words. Words that compose in English ("twenty two",
 * "three hundred") are added; groups that do not ("four" then "forty-three")
 * are written one after the other, as people read port numbers aloud.
 * Returns null when the run is not a number ("oh" alone, "hundred" alone is 100).
 */
export function parseNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  const groups: string[] = [];
  let total = 0; // thousands already closed in this group
  let current: number | null = null;
  let last: 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | null = null;
  const close = (): void => {
    if (current !== null || total > 0) groups.push(String(total + (current ?? 0)));
    total = 0;
    current = null;
    last = null;
  };
  for (const w of words) {
    if (w === 'hundred') {
      if (last === 'hundred' || last === 'thousand' && current === null && total === 0) return null;
      current = (current ?? 1) * 100;
      last = 'hundred';
    } else if (w === 'thousand') {
      total += (current ?? 1) * 1000;
      current = null;
      last = 'thousand';
    } else if (w in TENS) {
      if (last === 'hundred' || last === 'thousand') current = (current ?? 0) + TENS[w]!;
      else {
        if (last !== null) close();
        current = TENS[w]!;
      }
      last = 'tens';
    } else if (w in TEENS) {
      if (last === 'hundred' || last === 'thousand') current = (current ?? 0) + TEENS[w]!;
      else {
        if (last !== null) close();
        current = TEENS[w]!;
      }
      last = 'teen';
    } else if (w in UNITS) {
      const unit = UNITS[w]!;
      if (last === 'tens' || last === 'hundred' || last === 'thousand') current = (current ?? 0) + unit;
      else {
        if (last !== null) close();
        current = unit;
      }
      last = 'unit';
    } else return null;
  }
  close();
  if (groups.length === 1 && words.length === 1 && words[0] === 'oh') return null;
  const joined = groups.join('');
  return joined.length > 0 && joined.length <= 9 ? Number(joined) : null;
}
