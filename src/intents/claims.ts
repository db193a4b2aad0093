/**
 * Every word of a clause is read by something that understood it, or the prompt is refused (Duckling's rule: a parse
 * covers the whole input). The rule that answers a clause runs against a watched view of its frame: each slot it
 * reads (an action, a service, an address, a port, a number, ...), each noun it asks about (`has`, `frame.nouns`,
 * `isNoun`), each word it tests for (`says`), the negation when it reads `negated`, and each term a slot reader takes
 * a value from (`claim`) becomes claimed. A term whose text the rule wrote into the script as a value (a name, a
 * comment, a time) is claimed too. What is left is either filler or structure (grammar/english: "please", "the",
 * prepositions), or a word nobody read, which refuses the prompt by name.
 *
 * Recording is synchronous and scoped (`recording`): nothing is claimed outside the winning rule's match and build.
 */
import type { Command, Expression, Value } from '../ast/nodes.js';
import type { Term } from '../nlp/analyze.js';
import { LABEL_LINKS, LABEL_NOUNS, NAMING_WORDS, STRUCTURE_WORDS } from '../../grammar/english/words.js';
import { ARTICLES as ARTICLE_WORDS } from '../../grammar/english/classes.js';
import { RATE_LETTER_BPS, TIME_LETTER_SECONDS, TIME_UNIT_SECONDS, UNIT_WORDS } from '../../grammar/english/units.js';
import type { Frame } from './frame.js';

/** What the answering rule read: the words it claimed, and the corrected words it used as typed. */
export interface Record {
  readonly claimed: Set<Term>;
  readonly typed: Set<Term>;
}

let active: Record | undefined;

/** Claims `terms` for the rule being recorded (no effect outside `recording`). */
export function claim(...terms: readonly (Term | undefined)[]): void {
  if (active) for (const t of terms) if (t) active.claimed.add(t);
}

/**
 * The rule used a word the typo fixer changed as the user typed it ("brdige" is the SSID, not "bridge"): its
 * "Read X as Y" note would be wrong and is not given (no effect outside `recording`).
 */
export function keptAsTyped(t: Term): void {
  active?.typed.add(t);
}

/** Whether claims are being recorded now (readers skip work that only serves claims otherwise). */
export const isRecording = (): boolean => active !== undefined;

/** Runs `read` with every claim it makes going into `into`. */
export function recording<T>(into: Record, read: () => T): T {
  const outer = active;
  active = into;
  try {
    return read();
  } finally {
    active = outer;
  }
}

type SlotKey = 'actions' | 'services' | 'protocols' | 'ports' | 'addresses' | 'places' | 'interfaces' | 'numbers' | 'macs' | 'quoted';
const SLOT_KEYS: ReadonlySet<string> = new Set<SlotKey>(['actions', 'services', 'protocols', 'ports', 'addresses', 'places', 'interfaces', 'numbers', 'macs', 'quoted']);

/** An array index as a property key ("0", "12"); `length`, `map` and the like are not. */
const isIndex = (key: string): boolean => {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+$/.test(key);
};

/** An array of slots whose elements claim their term when read (by index, iteration or any array method). */
function watchedSlots<T extends { readonly term: Term; readonly also?: readonly Term[] }>(slots: T[]): T[] {
  return new Proxy(slots, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof key === 'string' && isIndex(key) && value !== undefined) claim((value as T).term, ...((value as T).also ?? []));
      return value;
    },
  });
}

/** The nouns of a clause: asking for one that is there claims the words that mean it. */
function watchedNouns(nouns: Set<string>, terms: readonly Term[]): Set<string> {
  return new Proxy(nouns, {
    get(target, key) {
      if (key === 'has') {
        return (noun: string): boolean => {
          const found = target.has(noun);
          if (found && active) claim(...terms.filter((t) => t.meanings.some((m) => m.type === 'noun' && m.value === noun)));
          return found;
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The frame as the answering rule sees it: every read of a slot claims the words it came from. */
export function watched(frame: Frame): Frame {
  const slots = new Map<string, unknown>();
  let nouns: Set<string> | undefined;
  return new Proxy(frame, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return value;
      if (SLOT_KEYS.has(key)) {
        let view = slots.get(key);
        if (!view) slots.set(key, (view = watchedSlots(value as { term: Term }[])));
        return view;
      }
      if (key === 'nouns') return (nouns ??= watchedNouns(value as Set<string>, target.terms));
      // Reading the negation reads the words that said it ("don't", "never").
      if (key === 'negated' && value === true) claim(...target.terms.filter((t) => t.negative));
      return value;
    },
  });
}

/**
 * Whether a word must be read by someone: not filler, not structure (prepositions, "and", "or", punctuation), and
 * not an empty mark. Technical tokens (addresses, names, times, keys) and numbers always must.
 */
export function needsReading(t: Term): boolean {
  return kindOf(t) === 'content';
}

function kindOf(t: Term): 'content' | 'filler' | 'structure' {
  if (t.technical) return t.technical.kind === 'arrow' ? 'structure' : 'content';
  if (t.number !== undefined) return 'content';
  // "don't", "never", "not": a rule that ignores a negation would do the opposite of what was asked.
  if (t.negative) return 'content';
  if (STRUCTURE_WORDS.has(t.normal)) return 'structure';
  if (t.meanings.length === 0) return /[\p{L}\p{N}]/u.test(t.normal) ? 'content' : 'structure';
  if (t.meanings.every((m) => m.type === 'filler')) return 'filler';
  if (t.meanings.some((m) => m.type === 'role')) return 'structure';
  return 'content';
}

/** How a word of a clause was read, for `explain`: by whom, or why it needed no reading. */
export type Reading = 'filler' | 'structure' | 'claimed' | 'value' | 'label' | 'unit' | 'unread';


/** A duration or rate as RouterOS writes it (`1h30m`, `01:00:00`, `10M`) in seconds or bits, keyed by kind. */
function magnitudes(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[/,]/)) {
    const clock = /^(\d+):(\d\d)(?::(\d\d))?$/.exec(piece);
    if (clock) out.push(`s${Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0)}`);
    if (/^(?:\d+(?:w|d|h|m|s|ms))+$/.test(piece)) {
      let total = 0;
      for (const [, n, u] of piece.matchAll(/(\d+)(w|d|h|ms|m|s)/g)) total += u === 'ms' ? 0 : Number(n) * TIME_LETTER_SECONDS[u!]!;
      out.push(`s${total}`);
    }
    const rate = /^(\d+(?:\.\d+)?)([kMG])$/.exec(piece);
    if (rate) out.push(`b${Number(rate[1]) * RATE_LETTER_BPS[rate[2]!]!}`);
    if (/^\d+$/.test(piece)) out.push(`b${piece}`);
  }
  return out;
}

/** What `writtenValues` found for a clause's commands: the checks after a build (readings, interfaces, names) each ask. */
const writtenOf = new WeakMap<readonly Command[], ReadonlySet<string>>();

/** Every value the commands write, in lower case, whole and split into its words (names, comments, times, keys). */
export function writtenValues(commands: readonly Command[]): ReadonlySet<string> {
  const known = writtenOf.get(commands);
  if (known) return known;
  const out = new Set<string>();
  const add = (text: string): void => {
    const lower = text.toLowerCase();
    out.add(lower);
    for (const piece of lower.split(/[^\p{L}\p{N}]+/u)) if (piece !== '') out.add(piece);
    // Code in a string (a scheduled command): its own values, as they stand between spaces, "=" and quotes.
    for (const piece of lower.split(/[\s="';[\]]+/)) {
      if (piece === '') continue;
      out.add(piece);
      // A host written as a /32 ("target=10.0.0.5/32"), a file with its extension ("name=before-upgrade.backup").
      out.add(piece.replace(/\/32$|\.(?:backup|rsc|npk|txt)$/, ''));
    }
    for (const m of magnitudes(text)) out.add(m);
  };
  const visit = (v: Value | null): void => {
    if (!v) return;
    switch (v.kind) {
      case 'string': add(v.value); if (v.script) for (const s of v.script.statements) if (s.kind === 'command') visitCommand(s); break;
      case 'word': add(v.text); break;
      case 'number': add(String(v.value)); break;
      case 'ip': add(v.address); if (v.scope !== undefined) add(v.scope); break;
      case 'prefix': add(`${v.address}/${v.length}`); break;
      case 'ip6': add(v.address); if (v.scope !== undefined) add(v.scope); break;
      case 'range': add(`${v.from}-${v.to}`); break;
      case 'mac': add(v.address); break;
      case 'time': add(v.text); break;
      case 'list':
        for (const item of v.items) visit(item);
        // "policy read,write,ssh": the list as typed, one word.
        add(v.items.map((item) => (item.kind === 'word' ? item.text : item.kind === 'string' ? item.value : item.kind === 'number' ? String(item.value) : '')).join(','));
        break;
      case 'negated': visit(v.value); break;
      case 'substitution': visitCommand(v.command); break;
      case 'interpolated': for (const p of v.parts) if (p.kind === 'text') add(p.text); break;
      case 'expression': visitExpression(v.expression); break;
      default: break;
    }
  };
  const visitExpression = (e: Expression): void => {
    switch (e.kind) {
      case 'binary': visitExpression(e.left); visitExpression(e.right); break;
      case 'unary': visitExpression(e.operand); break;
      case 'group': visitExpression(e.expression); break;
      case 'value': visit(e.value); break;
      default: break;
    }
  };
  const visitCommand = (c: Command): void => {
    for (const a of c.args) if (a.kind !== 'unset') visit(a.value);
  };
  for (const c of commands) visitCommand(c);
  writtenOf.set(commands, out);
  return out;
}

/** The text a term stands for in a script: a secret's own text, a technical token's text, the word as typed, a duration or rate. */
function valueTexts(t: Term): string[] {
  const texts = [t.text.toLowerCase(), t.normal];
  const tech = t.technical;
  if (tech && 'text' in tech && typeof tech.text === 'string') texts.push(tech.text.toLowerCase());
  if (t.number !== undefined) texts.push(String(t.number));
  // An amount is a rate or a duration (`30m` may be either): both magnitudes are its readings.
  if (tech?.kind === 'amount') {
    const bps = RATE_LETTER_BPS[tech.unit];
    const seconds = TIME_LETTER_SECONDS[tech.unit];
    if (bps !== undefined) texts.push(`b${tech.value * bps}`);
    if (seconds !== undefined) texts.push(`s${tech.value * seconds}`);
  }
  if (tech?.kind === 'time') texts.push(`s${tech.hour * 3600 + tech.minute * 60 + tech.second}`);
  return texts;
}

/** A word that labels the value after it ("port 22", "comment \"x\"", "the address 10.0.0.1/24", "named lab-7"). */
const isLabel = (t: Term): boolean => t.meanings.some((m) => m.type === 'noun' && LABEL_NOUNS.has(m.value));

/**
 * The words of `terms` that must be read and were not: neither claimed, nor written into the commands as a value,
 * nor the label of a value that was read (with only filler or structure between them).
 */
export function unread(terms: readonly Term[], claimed: ReadonlySet<Term>, commands: readonly Command[]): Term[] {
  if (terms.every((t) => !needsReading(t) || claimed.has(t))) return [];
  const readings = readingsOf(terms, claimed, commands);
  return terms.filter((_, k) => readings[k] === 'unread');
}

/** How each of `terms` was read. */
export function readingsOf(terms: readonly Term[], claimed: ReadonlySet<Term>, commands: readonly Command[]): Reading[] {
  const written = writtenValues(commands);
  const read = (t: Term): boolean => claimed.has(t) || valueTexts(t).some((text) => written.has(text));
  // The value comes right after its label, filler aside ("port 22", "the address 10.0.0.1/24"); a preposition between
  // them starts something else ("on bridge to 192.168.88.10": "bridge" labels nothing).
  const labelled = (k: number): boolean => {
    for (let j = k + 1; j < terms.length; j++) {
      const next = terms[j]!;
      const kind = kindOf(next);
      if (kind === 'filler' || LABEL_LINKS.has(next.normal)) continue;
      if (kind === 'structure') return false;
      return read(next) || (isLabel(next) && labelled(j));
    }
    return false;
  };
  // "two days", "20 megabits": a number and its unit, written as one amount ("2d"), or a unit after a number that was read.
  const amountWritten = (k: number): boolean => {
    const n = terms[k]!.number;
    const seconds = TIME_UNIT_SECONDS[terms[k + 1]?.normal ?? ''];
    return n !== undefined && seconds !== undefined && written.has(`s${n * seconds}`);
  };
  const unitOfRead = (k: number): boolean => UNIT_WORDS.has(terms[k]!.normal) && k > 0 && terms[k - 1]!.number !== undefined && (read(terms[k - 1]!) || amountWritten(k - 1));
  return terms.map((t, k) => {
    const kind = kindOf(t);
    if (kind !== 'content') return kind;
    if (claimed.has(t)) return 'claimed';
    if (read(t) || amountWritten(k)) return 'value';
    if (isLabel(t) && labelled(k)) return 'label';
    return unitOfRead(k) ? 'unit' : 'unread';
  });
}

/**
 * The interfaces the clause names that the script does not name. A rule that searches the clause's interfaces for the
 * one it needs (the bridge among the ports) claims every one it looks at; one it then leaves out of the script was
 * read by nobody, and the prompt is refused rather than answered without it.
 */
export function unwrittenInterfaces(frame: Frame, commands: readonly Command[]): Term[] {
  if (frame.interfaces.length === 0) return [];
  const written = writtenValues(commands);
  return [...new Set(frame.interfaces.filter((i) => !written.has(i.value.toLowerCase())).map((i) => i.term))];
}

/**
 * The name a clause gives after "called" or "named" that the script does not write: the marker was read, its name was
 * not ("export the config to a file x named config" wrote file x; "to a file x called voip" read voip as a port).
 */
export function unwrittenNames(frame: Frame, commands: readonly Command[]): Term[] {
  const out: Term[] = [];
  let written: ReadonlySet<string> | undefined;
  frame.terms.forEach((t, k) => {
    if (!NAMING_WORDS.has(t.normal)) return;
    let next = frame.terms[k + 1];
    if (next && ARTICLE_WORDS.has(next.normal)) next = frame.terms[k + 2];
    if (!next || kindOf(next) !== 'content') return;
    written ??= writtenValues(commands);
    if (!valueTexts(next).some((text) => written!.has(text))) out.push(next);
  });
  return out;
}

