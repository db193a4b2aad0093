/**
 * The English pass: the only module that runs compromise. It turns a prompt
 * into terms, each with its meanings from our lexicon, after our own scanner
 * has taken the technical tokens out (see technical.ts).
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise/two';

/**
 * compromise ships its ESM entry as ~450 files but also one CommonJS bundle
 * (its `require` export); loading the bundle takes a third of the time, which
 * is most of the library's cold start. We load its second level ("two": the
 * tokenizer and the tagger), which is all we run; the default third level
 * adds phrase methods (sentences, verbs, numbers) and 25 ms of loading.
 */
const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromise;
import type { WordIndex } from '../util/distance.js';
import { getLexicon, type Meaning } from './lexicon.js';
import { isNumberWord, parseNumberWords } from './number-words.js';
import { scanTechnical, type Technical } from './technical.js';
import { NAME_GIVING_WORDS, RENAME_VERBS } from '../../grammar/english/classes.js';
import { DETERMINERS, PREPOSITION_SLIPS } from '../../grammar/english/words.js';

export interface Term {
  /** The word as typed (or the technical token's text). */
  readonly text: string;
  /** Lower case, with a typo fixed when one was. */
  readonly normal: string;
  /** What the word can mean, most likely first; empty for unknown words. */
  readonly meanings: readonly Meaning[];
  readonly technical?: Technical;
  /** A number said in words or digits. */
  readonly number?: number;
  /** compromise's reading: verb, noun, negative, ... */
  readonly verb: boolean;
  /** compromise tagged the word as a noun (not a pronoun). */
  readonly noun?: boolean;
  readonly negative: boolean;
  /** Punctuation typed after the term (`,`, `;`, `.`). */
  readonly after: string;
  /** Set when the word was a misspelling we corrected. */
  readonly corrected?: string;
  /** A verb's -ed or -ing form ("allowed from 10.0.0.0/24"), read through its root: it describes, it does not ask. */
  readonly participle?: boolean;
}

export interface Analysis {
  readonly terms: Term[];
  /** How many tokens the English tokenizer produced (tokenUsage.prompt). */
  readonly tokenCount: number;
  /** Every technical token the scanner found, whether or not a term kept it. */
  readonly technical: readonly Technical[];
}

const PLACEHOLDER = /^zzt(\d+)zz(?:'s)?$/;

/**
 * The part of compromise's tagger we run: its lexicon and the pre-tagger
 * (suffixes, capitals, neighbour rules), then the root forms. The full
 * tagger adds the post-tagger's hundreds of match sweeps, which cost three
 * quarters of compromise's time; over our corpus they change the verb or
 * noun reading of about 1% of the words, and our rules read a word's
 * meaning from our own lexicon first (see Term.verb, Term.noun).
 */
const TAGGING = ['lexicon', 'preTagger', 'root'];

export function analyze(prompt: string): Analysis {
  const scanned = scanTechnical(prompt);
  // "established,related", "ssh,winbox": words joined by a comma as RouterOS writes lists are a list of words (the
  // scanner has already taken out values, names and quoted text, so only words are split).
  const doc = nlp.tokenize(scanned.text.replace(/([a-z]),(?=[a-z])/gi, '$1, '));
  doc.compute(TAGGING);
  const raw: RawTerm[] = [];
  for (const sentence of doc.docs as { text: string; normal: string; root?: string; tags: Set<string>; post: string }[][]) {
    sentence.forEach((t, k) => raw.push({ text: t.text, normal: t.normal, root: t.root ?? '', tags: t.tags, post: t.post, initial: k === 0 }));
  }
  const lexicon = getLexicon();
  // Forum shorthand ("gw", "thru", "pw") stands for its word before phrases are matched ("primary gw" is "primary
  // gateway"); not where a name goes ("called gw").
  raw.forEach((t, k) => {
    const long = lexicon.shorthand[t.normal];
    if (long !== undefined && t.post !== '-' && raw[k - 1]?.post !== '-' && !namedHere(raw, k) && !listNameHere(raw, k)) raw[k] = { ...t, normal: long, root: long, short: t.normal };
  });
  const terms: Term[] = [];
  let i = 0;
  while (i < raw.length) {
    const t = raw[i]!;
    const placeholder = PLACEHOLDER.exec(t.normal);
    if (placeholder) {
      const technical = scanned.technical[Number(placeholder[1])]!;
      terms.push({
        text: technicalText(technical),
        normal: technicalText(technical).toLowerCase(),
        meanings: [],
        technical,
        ...(technical.kind === 'number' ? { number: technical.value } : {}),
        verb: false,
        negative: false,
        after: t.post.trim(),
      });
      i++;
      continue;
    }
    if (t.normal === '') {
      // compromise splits "don't" into "don't" + an empty negative marker, and keeps stray punctuation as empty terms.
      const previous = terms[terms.length - 1];
      if (t.tags.has('Negative') && !previous?.negative) terms.push({ text: 'not', normal: 'not', meanings: [], verb: false, negative: true, after: t.post.trim() });
      else if (previous) terms[terms.length - 1] = { ...previous, after: (previous.after + t.text + t.post).replace(/\s+/g, '') };
      i++;
      continue;
    }
    // Number words: a run of them is one number.
    if (isNumberWord(t.normal)) {
      let j = i;
      const words: string[] = [];
      while (j < raw.length && isNumberWord(raw[j]!.normal) && (j === i || !/[,;.]/.test(raw[j - 1]!.post))) words.push(raw[j++]!.normal);
      const value = parseNumberWords(words);
      // "at three am", "seven pm": a number word and am/pm are a time of day, as "3am" is.
      const half = raw[j]?.normal.replace(/\./g, '');
      if (value !== null && Number.isInteger(value) && value >= 1 && value <= 12 && (half === 'am' || half === 'pm')) {
        const hour = (value % 12) + (half === 'pm' ? 12 : 0);
        const text = `${words.join(' ')} ${raw[j]!.text}`;
        terms.push({ text, normal: text.toLowerCase(), meanings: [], technical: { kind: 'time', hour, minute: 0, second: 0, text }, verb: false, negative: false, after: raw[j]!.post.trim() });
        i = j + 1;
        continue;
      }
      if (value !== null) {
        terms.push({ text: words.join(' '), normal: String(value), meanings: [], number: value, verb: false, negative: false, after: raw[j - 1]!.post.trim() });
        i = j;
        continue;
      }
    }
    // Phrases first (longest match), then the word itself, its root, its corrected spelling. A phrase can start here
    // only if some phrase of the lexicon starts with the word or its root (most words start none).
    // ("to list dns-servers", "called guest-wifi": a hyphenated word where a name goes is that name, not a phrase.)
    const hyphenName = t.post === '-' && raw[i + 1] !== undefined && (namedHere(raw, i) || listNameHere(raw, i));
    let matched = false;
    const starts = phraseStartsOf(lexicon);
    const canStart = !hyphenName && (starts.has(firstWord(t.normal)) || starts.has(firstWord(t.root || t.normal)));
    for (let n = canStart ? Math.min(lexicon.maxPhrase, raw.length - i) : 1; n >= 2; n--) {
      const slice = raw.slice(i, i + n);
      if (slice.slice(0, -1).some((w) => /[,;.]/.test(w.post))) continue;
      const key = slice.map((w) => w.normal).join(' ');
      const keyRoot = slice.map((w) => w.root || w.normal).join(' ');
      const meanings = lexicon.entries.get(key) ?? lexicon.entries.get(keyRoot);
      if (meanings && !verbBeforeList(raw, i, n, meanings, lexicon)) {
        terms.push({ text: slice.map((w, k) => w.text + (k === n - 1 ? '' : w.post === '-' ? '-' : ' ')).join(''), normal: key, meanings, verb: slice[0]!.tags.has('Verb'), negative: false, after: slice[n - 1]!.post.trim(), ...(slice.some((w) => w.short !== undefined) ? { corrected: key } : {}) });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // "br-lan", "guest-wifi": hyphenated words that are no phrase of ours are one word (usually a name).
    const next = raw[i + 1];
    if (t.post === '-' && next && /^[a-z0-9]/i.test(next.normal) && !PLACEHOLDER.test(next.normal) && !/^zzt/.test(t.normal)) {
      const joined = { ...t, text: `${t.text}-${next.text}`, normal: `${t.normal}-${next.normal}`, root: '', post: next.post };
      terms.push(wordTerm(joined, lexicon, hyphenName));
      i += 2;
      continue;
    }
    // "block ssh form the internet": a real word that is a slip for a preposition, where only the preposition fits.
    const slip = PREPOSITION_SLIPS[t.normal];
    if (slip !== undefined && prepositionFitsHere(raw, i, scanned.technical, lexicon)) {
      terms.push({ text: t.text, normal: slip, meanings: lexicon.entries.get(slip) ?? [], verb: false, negative: false, after: t.post.trim(), corrected: slip });
      i++;
      continue;
    }
    terms.push(wordTerm(t, lexicon, namedHere(raw, i)));
    i++;
  }
  return { terms, tokenCount: raw.length, technical: scanned.technical };
}

/** The first words of the lexicon's phrases (entries of two words or more), per lexicon. */
const phraseStarts = new WeakMap<ReturnType<typeof getLexicon>, ReadonlySet<string>>();
function phraseStartsOf(lexicon: ReturnType<typeof getLexicon>): ReadonlySet<string> {
  let set = phraseStarts.get(lexicon);
  if (!set) {
    const starts = new Set<string>();
    for (const key of lexicon.entries.keys()) if (key.includes(' ')) starts.add(firstWord(key));
    phraseStarts.set(lexicon, (set = starts));
  }
  return set;
}

/** The text up to its first space (a phrase's key is its words' normal forms joined by spaces). */
const firstWord = (text: string): string => {
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(0, space);
};

/** Filter verbs: a phrase starting with one of these can be the verb and its first object. */
const FILTER_VERBS = new Set(['allow', 'block', 'reject']);

/**
 * "open dns, https and http from ether5" opens ports: at the start of a
 * clause, a phrase that begins with a filter verb and names something else
 * ("open dns", the provider OpenDNS) is read word by word when more follows
 * it. Elsewhere ("use open dns", "set the servers to open dns") it stays a
 * name.
 */
function verbBeforeList(raw: readonly RawTerm[], i: number, n: number, meanings: readonly Meaning[], lexicon: ReturnType<typeof getLexicon>): boolean {
  if (meanings[0]?.type === 'action') return false;
  const first = lexicon.entries.get(raw[i]!.normal)?.[0];
  if (first?.type !== 'action' || !FILTER_VERBS.has(first.value)) return false;
  // Something must follow ("open dns coming in on pppoe-out1", "open dns, https and http"): said alone, it is a name.
  if (!/,/.test(raw[i + n - 1]!.post) && raw[i + n] === undefined) return false;
  // The clause starts here: nothing before it, or only filler since the last comma, "and" or "then".
  for (let j = i - 1; j >= 0; j--) {
    const w = raw[j]!;
    if (/[,;.]/.test(w.post) || w.normal === 'and' || w.normal === 'then') return true;
    const filler = (x: RawTerm | undefined): boolean => !!x && !!lexicon.entries.get(x.normal)?.every((m) => m.type === 'filler');
    // "I want to open dns ...": "to" after "want", "need", "like" marks the verb.
    if (!filler(w) && !(w.normal === 'to' && filler(raw[j - 1]))) return false;
  }
  return true;
}

/** Technical tokens that are where traffic comes from or goes to. */
const PLACE_TOKENS: ReadonlySet<Technical['kind']> = new Set(['ip', 'prefix', 'ip-range', 'ip6', 'interface', 'interface-range', 'hostname', 'mac']);

/**
 * Only a preposition fits at `i`: the word is inside a clause (not its first word, nor after an article or "my": "the
 * form"), with no punctuation around it, and right before an address, an interface or a side ("the internet", "lan").
 */
function prepositionFitsHere(raw: readonly RawTerm[], i: number, technical: readonly Technical[], lexicon: ReturnType<typeof getLexicon>): boolean {
  const prev = raw[i - 1];
  if (!prev || /[,;.]/.test(prev.post) || /[,;.]/.test(raw[i]!.post) || DETERMINERS.has(prev.normal) || prev.normal === 'and' || prev.normal === 'then') return false;
  const next = raw[i + 1]?.normal === 'the' ? raw[i + 2] : raw[i + 1];
  if (!next) return false;
  const placeholder = PLACEHOLDER.exec(next.normal);
  if (placeholder) return PLACE_TOKENS.has(technical[Number(placeholder[1])]!.kind);
  const isPlace = (key: string): boolean => !!lexicon.entries.get(key)?.some((m) => m.type === 'place');
  const after = raw[raw.indexOf(next) + 1];
  return isPlace(next.normal) || (after !== undefined && isPlace(`${next.normal} ${after.normal}`));
}

/** A compromise term; `initial` when it starts a sentence. */
interface RawTerm {
  readonly text: string;
  readonly normal: string;
  readonly root: string;
  readonly tags: Set<string>;
  readonly post: string;
  readonly initial: boolean;
  /** The shorthand typed ("gw") when `normal` is the word it stands for. */
  readonly short?: string;
}


/**
 * The word at `i` is a name being given: after "called"/"named", or after "to"/"as" in a clause whose verb renames
 * ("rename it to spare"). The typo fixer leaves it alone ("spare" is not "share").
 */
function namedHere(raw: readonly RawTerm[], i: number): boolean {
  const prev = raw[i - 1];
  if (!prev) return false;
  if (NAME_GIVING_WORDS.has(prev.normal)) return true;
  if (prev.normal !== 'to' && prev.normal !== 'as') return false;
  for (let j = i - 2; j >= 0; j--) {
    const w = raw[j]!;
    if (RENAME_VERBS.has(w.normal)) return true;
    if (/[,;.]/.test(w.post) || w.normal === 'and' || w.normal === 'then') return false;
  }
  return false;
}

/** "add 1.1.1.1 to list dns-servers": the word after "list", inside a clause (not "list" as its verb), is the list's name. */
function listNameHere(raw: readonly RawTerm[], i: number): boolean {
  const prev = raw[i - 1];
  const before = raw[i - 2];
  return prev?.normal === 'list' && before !== undefined && !/[,;.]/.test(before.post) && before.normal !== 'and' && before.normal !== 'then';
}

function wordTerm(t: RawTerm, lexicon: ReturnType<typeof getLexicon>, named = false): Term {
  const base = { text: t.text, verb: t.tags.has('Verb'), noun: t.tags.has('Noun') && !t.tags.has('Pronoun'), after: t.post.trim() };
  const negative = t.normal === 'not' || t.normal === 'never' || t.normal === "don't" || t.normal === 'dont' || t.normal === 'no';
  const normal = t.normal.replace(/'s$/, '');
  // A hyphenated name ("dns-servers" after "list") keeps no meaning of the words it joins.
  const own = named && normal.includes('-') ? undefined : lexicon.entries.get(normal) ?? lexicon.entries.get(normal.replace(/-/g, ' '));
  const direct = own ?? (t.root ? lexicon.entries.get(t.root) : undefined);
  // "allowed", "blocking": the meanings came from the root, and the word is not the imperative.
  if (direct) return { ...base, normal, meanings: direct, negative, ...(own === undefined && /(?:ed|ing)$/.test(normal) ? { participle: true } : {}), ...(t.short !== undefined ? { corrected: normal } : {}) };
  // Short words are left alone: one edit turns too many English words into ours ("take" → "make").
  // So is a word capitalised mid-sentence: that is a name the user chose ("name the router Routr"), not a typo.
  const name = (!t.initial && /^\p{Lu}\p{Ll}/u.test(t.text)) || named;
  const fixed = lexicon.misspellings[normal] ?? (normal.length >= 5 && /^[a-z-]+$/.test(normal) && !negative && !name ? typoFix(normal, lexicon.correctable) : undefined);
  if (fixed !== undefined) {
    const meanings = lexicon.entries.get(fixed);
    if (meanings) return { ...base, normal: fixed, meanings, negative, corrected: fixed };
  }
  return { ...base, normal, meanings: [], negative };
}

/**
 * The lexicon word a misspelling most likely stands for: one edit away (two
 * for long words), and never a word that merely adds or drops letters at
 * either end ("trusted" is not a typo of "untrusted", nor "port" of "ports"),
 * since those change the meaning.
 */
function typoFix(word: string, candidates: WordIndex): string | undefined {
  const found = candidates.closest(word, word.length >= 10 ? 2 : 1);
  if (found === undefined || found.includes(word) || word.includes(found)) return undefined;
  return found;
}

function technicalText(t: Technical): string {
  switch (t.kind) {
    case 'ip': return t.port === undefined ? t.address : `${t.address}:${t.port}`;
    case 'prefix': return `${t.address}/${t.length}`;
    case 'ip-range': return `${t.from}-${t.to}`;
    case 'ip6': return t.length === undefined ? t.address : `${t.address}/${t.length}`;
    case 'mac': return t.address;
    case 'port-range': return `${t.from}-${t.to}`;
    case 'number': return t.text;
    case 'interface': case 'hostname': return t.name;
    case 'interface-range': return `${t.names[0]}-${t.names[t.names.length - 1]}`;
    case 'quoted': case 'invalid': case 'code': return t.text;
    case 'arrow': return '->';
    case 'time': case 'amount': case 'name': case 'host-part': case 'email': return t.text;
    case 'timezone': return t.name;
    case 'wg-key': return t.key;
    case 'secret': return '(secret)';
  }
}
