/**
 * Values a user gives in a clause, read the same way by every family: the value after a label word ("the router
 * lab-7", "identity to core-01", "named \"Main Office\""), quoted text, a second name, secrets.
 */
import type { Term } from '../nlp/analyze.js';
import type { Frame } from '../intents/frame.js';
import { indexOf, isNoun, techs } from '../intents/words.js';
import { keptAsTyped } from '../intents/claims.js';

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

