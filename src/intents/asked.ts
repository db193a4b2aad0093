/**
 * Whether a prompt asks for something to be done at all. A question ("is ssh blocked?", "should I block telnet?",
 * "reboot?") asks about the router or for advice: answering it with a change would do what nobody asked. A request
 * that stops in the middle ("block port 22 from", "reboot and") has lost what it was going to say: the part that is
 * there may be much wider than the whole would have been. Both are refused before any rule reads them.
 */
import type { Term } from '../nlp/analyze.js';
import { ADDRESSEES, ADVICE_MODALS, CONTINUING_WORDS, FIRST_PERSON, HOW_TO_AUXILIARIES, HOW_TO_SUBJECTS, OPENING_FILLER, POLITE_MODALS, QUESTION_OPENERS, SIGN_OFF_WORDS } from '../../grammar/english/discourse.js';

/** How a question about the router starts, as the words the user typed, or undefined when the prompt is a request. */
export function questionOf(prompt: string, terms: readonly Term[]): string | undefined {
  // The words as typed, lower case, letters, digits and apostrophes only, empty ones left out: read only as far as
  // the opening needs (most prompts are decided by their first two words).
  const words: string[] = [];
  let read = 0;
  const word = (k: number): string | undefined => {
    while (words.length <= k && read < terms.length) {
      const w = terms[read++]!.text.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
      if (w !== '') words.push(w);
    }
    return words[k];
  };
  let at = 0;
  while (word(at) !== undefined && OPENING_FILLER.has(words[at]!)) at++;
  const first = word(at);
  if (first === undefined) return undefined;
  const second = word(at + 1) ?? '';
  const opening = (n: number): string => terms.slice(at, at + n).map((t) => t.text).join(' ');
  // "how do I block ssh?", "how to block ssh": asking for the script is a request.
  if (first === 'how') return undefined;
  // "can you block telnet?", "could you please add ...", "can i block ssh from the internet?": a request, politely.
  if (POLITE_MODALS.has(first) && ADDRESSEES.has(second)) return undefined;
  if (QUESTION_OPENERS.has(first) && !(first === 'have' && !FIRST_PERSON.has(second) && second !== 'the')) return opening(2);
  if (ADVICE_MODALS.has(first) && FIRST_PERSON.has(second)) return opening(2);
  // "reboot?", "block ssh from the internet?": a bare request ending in a question mark asks whether to, not to.
  if (/\?\s*$/.test(prompt)) {
    word(terms.length); // every word: how many there are
    return opening(Math.min(3, words.length - at));
  }
  return undefined;
}

/**
 * How many opening words ask how to do the request rather than ask for it ("how do I block ssh", "how can we add a
 * route", "how to block ssh"): a request for the script all the same, so those words are set aside, not read.
 */
export function howToOpening(terms: readonly Term[]): number {
  const w = (k: number): string => terms[k]?.normal ?? '';
  let at = 0;
  while (at < terms.length && OPENING_FILLER.has(w(at))) at++;
  if (w(at) !== 'how') return 0;
  if (w(at + 1) === 'to') return at + 2;
  if (HOW_TO_AUXILIARIES.has(w(at + 1)) && HOW_TO_SUBJECTS.has(w(at + 2))) return at + 3;
  return 0;
}

/** The word a request stops on when it was cut short ("block port 22 from", "reboot and", "block ssh from 1.2.3.4 and from the"). */
export function danglingEnd(terms: readonly Term[]): Term | undefined {
  let signedOff = false;
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (t.technical || t.number !== undefined) return undefined;
    // "... please and thank you": "and" before a sign-off joins it to the request; nothing is missing.
    if (CONTINUING_WORDS.has(t.normal)) return signedOff && t.normal === 'and' ? undefined : t;
    if (SIGN_OFF_WORDS.has(t.normal) || (t.normal === 'you' && terms[i - 1]?.normal === 'thank')) signedOff = true;
    // Filler ("the", "a") between the last real word and the end: look further back.
    if (t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler') && !t.negative) continue;
    return undefined;
  }
  return undefined;
}
