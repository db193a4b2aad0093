/**
 * Values a user gives in a clause, read the same way by every family: the value after a label word ("the router
 * lab-7", "identity to core-01", "named \"Main Office\""), quoted text, a second name, secrets.
 */
import type { Term } from '../nlp/analyze.js';
import type { Frame } from '../intents/frame.js';
import { indexOf, isNoun, techs } from '../intents/words.js';
import { claim, keptAsTyped } from '../intents/claims.js';
import { SCHEDULE_NOUNS, TEXT_LEAD_WORDS } from '../../grammar/english/classes.js';

const SKIP = new Set(['to', 'as', 'is', 'be', 'named', 'called', 'of', 'the', 'a', 'an', 'new', '=', ':', 'it', 'into', 'now', 'name', 'its', 'should']);

export interface GivenValue {
  readonly text: string;
  readonly quoted: boolean;
  readonly index: number;
}

/**
 * The value given after term `i` ("the router lab-7", "identity to core-01",
 * "named \"Main Office\""): quoted text, a name, interface or host name, a
 * number, or one plain word nothing in the lexicon explains. Words compromise
 * split at a hyphen ("office-" "gw") are joined again.
 */
export function valueAfter(frame: Frame, i: number, options: { plainWords?: boolean; skipInterfaces?: boolean } = {}): GivenValue | undefined {
  for (let k = i + 1; k < frame.terms.length; k++) {
    const t = frame.terms[k]!;
    // A word the typo fixer changed is the user's own value here ("brdige" is the SSID, not "bridge"):
    // it is kept as typed, so the "Read ... as ..." note for it would be wrong and is taken back.
    if (t.corrected && !t.technical && /^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(t.text) && !SKIP.has(t.text.toLowerCase())) {
      keptAsTyped(t);
      return { text: t.text, quoted: false, index: k };
    }
    if (options.skipInterfaces && t.technical?.kind === 'interface') continue;
    if (!t.technical && SKIP.has(t.normal)) continue;
    if (!t.technical && t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')) continue;
    const tech = t.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, quoted: true, index: k };
    if (tech?.kind === 'secret') return undefined;
    let text: string | undefined;
    if (tech?.kind === 'name') text = tech.text;
    else if (tech?.kind === 'interface' || tech?.kind === 'hostname') text = tech.name;
    else if (tech?.kind === 'number') text = tech.text;
    else if (!tech && (t.meanings.length === 0 || options.plainWords) && /^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(t.text)) text = t.text;
    if (text === undefined) return undefined;
    let end = k;
    if (frame.terms[end]!.after === '-' && !text.endsWith('-')) text += '-';
    while (text.endsWith('-') && frame.terms[end + 1] && (!frame.terms[end]!.after || frame.terms[end]!.after === '-')) {
      const next = frame.terms[end + 1]!;
      const more = next.technical?.kind === 'name' ? next.technical.text : next.technical?.kind === 'number' ? next.technical.text : next.technical ? undefined : next.text;
      if (more === undefined) break;
      text += more;
      end++;
      if (frame.terms[end]!.after === '-') text += '-';
    }
    if (text.endsWith('-')) text = text.slice(0, -1);
    return { text, quoted: false, index: end };
  }
  return undefined;
}

/** "alice and bob": a second name right after the first, which one request cannot add. */
export const secondName = (frame: Frame, index: number): boolean => {
  const first = frame.terms[index];
  const next = first?.after === ',' ? frame.terms[index + 1] : frame.terms[index + 1]?.normal === 'and' ? frame.terms[index + 2] : undefined;
  return !!next && next.meanings.length === 0 && (!next.technical || next.technical.kind === 'name');
};

/** The first quoted text in the clause that is not a secret. */
export function quotedText(frame: Frame, from = 0): GivenValue | undefined {
  for (let k = from; k < frame.terms.length; k++) {
    const tech = frame.terms[k]!.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, quoted: true, index: k };
  }
  return undefined;
}

/** A secret: the text after "password"/"passphrase"/"secret"/"psk", or quoted text soon after such a word. */
export function secretOf(frame: Frame, nouns: readonly string[] = ['password', 'passphrase', 'ipsec-secret', 'secret']): { text: string; index: number; trailing: string; quoted?: boolean } | undefined {
  const found = techs(frame, 'secret')[0];
  if (found) return { text: found.tech.text, index: found.index, trailing: found.term.after, quoted: /["“”]/.test(found.term.text) };
  const at = indexOf(frame, (t) => isNoun(t, ...nouns));
  if (at < 0) return undefined;
  for (let k = at + 1; k < Math.min(frame.terms.length, at + 8); k++) {
    const tech = frame.terms[k]!.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, index: k, trailing: '', quoted: true };
  }
  return undefined;
}

/** Words that say "no password" rather than being one ("set the password to blank"). */
const NO_SECRET: ReadonlySet<string> = new Set(['blank', 'empty', 'nothing', 'none', 'null', 'nil', 'no', 'unset', 'cleared', 'removed']);

/** Why a secret cannot be used as read, or null. Never includes the secret itself. */
export function secretProblem(secret: { text: string; trailing: string; quoted?: boolean }): string | null {
  if (secret.text === '') return 'the password is empty';
  if (!secret.quoted && NO_SECRET.has(secret.text.toLowerCase())) return `"${secret.text}" reads as no password rather than the password itself; an empty password is not set here, and a password of that word goes in double quotes`;
  if (/[!?]/.test(secret.trailing)) return `the password is followed by "${secret.trailing}"; put the whole password in double quotes so it is read exactly`;
  return null;
}

export function secretWarnings(secret: { trailing: string }): string[] {
  return /[.,;]/.test(secret.trailing)
    ? [`The "${secret.trailing}" after the password was read as punctuation, not part of it; put the password in double quotes if it ends with "${secret.trailing}".`]
    : [];
}


/** Whether a term means one of `nouns` or is typed as one, without claiming it. */
const namesOneOf = (t: Term, nouns: readonly string[]): boolean =>
  !t.technical && (nouns.includes(t.normal) || t.meanings.some((m) => m.type === 'noun' && nouns.includes(m.value)));

/** A term an unquoted free text can hold: a word (any word: it is the text), a name, or a number as typed. */
const textWord = (t: Term): boolean =>
  !t.technical ? /^[\p{L}\p{N}_'’][\p{L}\p{N}_.@'’!?-]*$/u.test(t.text) : t.technical.kind === 'name' || t.technical.kind === 'number';

export type FreeText = { readonly text: string; readonly quoted: boolean; readonly terms: readonly Term[] } | { readonly ambiguous: string };

/**
 * The text after a free-text label ("subject test", "body router up", "note saying authorized access only"): quoted
 * text, or without quotes every word from the label up to the next label of the same request (`labels`: "subject
 * test body hello" is "test" and "hello"; an "and" or comma right before that label is not part of the text) or to
 * the end of the clause. Words with a meaning of their own are text there ("access", "up"). Where the end cannot be
 * told — an address, a time, an e-mail address, a quoted string or a schedule word ("every day") on the way, which
 * may be the request's own — the text is not guessed: `ambiguous` names the word, for a refusal that asks for quotes.
 * Filler at the end ("please") is not text; the words read are claimed.
 */
export function freeTextAfter(frame: Frame, at: number, labels: readonly string[] = [], ends: (j: number) => boolean = () => false): FreeText | undefined {
  const isLabel = (j: number): boolean => !!frame.terms[j] && (namesOneOf(frame.terms[j]!, labels) || ends(j));
  let k = at + 1;
  while (frame.terms[k] && !frame.terms[k]!.technical && TEXT_LEAD_WORDS.has(frame.terms[k]!.normal) && frame.terms[k + 1]) k++;
  const first = frame.terms[k];
  if (!first) return undefined;
  if (first.technical?.kind === 'quoted') {
    claim(frame.terms[at], first);
    return { text: first.technical.text, quoted: true, terms: [first] };
  }
  const words: Term[] = [];
  for (let j = k; j < frame.terms.length; j++) {
    const t = frame.terms[j]!;
    if (isLabel(j)) break;
    // "subject alert and body router up": the "and" before the next label joins the parts.
    if (words.length > 0 && t.normal === 'and' && !t.technical && isLabel(j + 1)) break;
    if (!textWord(t) || namesOneOf(t, SCHEDULE_NOUNS)) return { ambiguous: t.text };
    words.push(t);
  }
  while (words.length > 1 && words.at(-1)!.meanings.length > 0 && words.at(-1)!.meanings.every((m) => m.type === 'filler')) words.pop();
  if (words.length === 0) return undefined;
  for (const t of words) if (t.corrected) keptAsTyped(t);
  claim(frame.terms[at], ...frame.terms.slice(at + 1, k), ...words);
  const text = words.map((t, i) => (t.technical?.kind === 'name' ? t.technical.text : t.text) + (i < words.length - 1 && /^[,;:!?.]+$/.test(t.after) ? t.after : '')).join(' ');
  return { text, quoted: false, terms: words };
}
