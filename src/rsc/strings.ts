/**
 * RouterOS string literal escapes (manual: Scripting > Data types > Escape
 * sequences; device sweep in SYNTAX.md §6): `\" \\ \n \r \t \$ \? \_ \a \b \f
 * \v`, `\XX` with two upper-case hex digits, and `\` + whitespace (a line
 * continuation that emits nothing). Anything else is an error.
 */

const SIMPLE: Readonly<Record<string, number>> = {
  '"': 0x22, '\\': 0x5c, n: 0x0a, r: 0x0d, t: 0x09, $: 0x24, '?': 0x3f, _: 0x20, a: 0x07, b: 0x08, f: 0x0c, v: 0x0b,
};

export interface UnescapeResult {
  readonly value: string;
  /** Offsets (in the literal's body) and messages for escapes RouterOS rejects. */
  readonly errors: { offset: number; message: string }[];
  /**
   * With `withMap`: for each UTF-16 unit of `value` (and one past the end),
   * the offset in the body of the character or escape it came from.
   */
  readonly map?: number[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const isUpperHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-F]$/.test(c);

/** Unescapes the body of a `"..."` literal (without its quotes). */
export function unescapeString(body: string, withMap = false): UnescapeResult {
  if (!body.includes('\\')) {
    if (!withMap) return { value: body, errors: [] };
    return { value: body, errors: [], map: Array.from({ length: body.length + 1 }, (_, i) => i) };
  }
  const bytes: number[] = [];
  const sources: number[] = [];
  const errors: { offset: number; message: string }[] = [];
  const push = (byte: number, from: number): void => {
    bytes.push(byte);
    if (withMap) sources.push(from);
  };
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    const code = body.charCodeAt(i);
    if (code < 0x80 && code !== 0x5c) {
      push(code, i);
      i++;
      continue;
    }
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      for (const b of Buffer.from(s, 'utf8')) push(b, i);
      i += s.length;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) {
      errors.push({ offset: i, message: 'a string cannot end with a single `\\`' });
      i += 1;
      continue;
    }
    if (next in SIMPLE) {
      push(SIMPLE[next]!, i);
      i += 2;
    } else if (isUpperHex(next) && isUpperHex(body[i + 2])) {
      push(Number.parseInt(body.slice(i + 1, i + 3), 16), i);
      i += 3;
    } else if (next === '\r' || next === '\n' || next === ' ' || next === '\t') {
      // `\` followed by whitespace continues the string on the next line and emits nothing. After a line
      // break the next line's indentation goes too: `/export` wraps long strings as `\` + newline + 4 spaces.
      i += next === '\r' && body[i + 2] === '\n' ? 3 : 2;
      if (next === '\r' || next === '\n') while (body[i] === ' ' || body[i] === '\t') i++;
    } else {
      const hint = /[0-9a-f]/i.test(next) ? ' (hex escapes are two upper-case digits, e.g. `\\0A`)' : '';
      errors.push({ offset: i, message: `\`\\${next}\` is not an escape RouterOS accepts${hint}` });
      i += 2;
    }
  }
  let value: string;
  let utf8 = true;
  if (bytes.every((b) => b < 0x80)) {
    // ASCII (the usual case): one byte is one character, no decoding needed.
    value = '';
    for (let k = 0; k < bytes.length; k += 4096) value += String.fromCharCode(...bytes.slice(k, k + 4096));
  } else {
    const buffer = Uint8Array.from(bytes);
    try {
      value = strictUtf8.decode(buffer);
    } catch {
      // Not UTF-8: RouterOS strings are bytes; show each byte as one character.
      value = Buffer.from(buffer).toString('latin1');
      utf8 = false;
    }
  }
  if (!withMap) return { value, errors };
  const map: number[] = [];
  let byte = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    const length = !utf8 ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < ch.length; k++) map.push(sources[byte] ?? body.length);
    byte += length;
  }
  map.push(body.length);
  return { value, errors, map };
}
