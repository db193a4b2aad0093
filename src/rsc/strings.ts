/** RouterOS string literal escapes (manual: Scripting > Data types > Escape sequences). */

const SIMPLE: Readonly<Record<string, number>> = {
  '"': 0x22, '\\': 0x5c, n: 0x0a, r: 0x0d, t: 0x09, $: 0x24, '?': 0x3f, _: 0x20, a: 0x07, b: 0x08, f: 0x0c, v: 0x0b,
};

export interface UnescapeResult {
  readonly value: string;
  /** Offsets (in the literal's body) and messages for escapes RouterOS rejects. */
  readonly errors: { offset: number; message: string }[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Unescapes the body of a `"..."` literal (without its quotes). */
export function unescapeString(body: string): UnescapeResult {
  if (!body.includes('\\')) return { value: body, errors: [] };
  const bytes: number[] = [];
  const errors: { offset: number; message: string }[] = [];
  const pushText = (s: string): void => {
    for (const b of Buffer.from(s, 'utf8')) bytes.push(b);
  };
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      pushText(s);
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
      bytes.push(SIMPLE[next]!);
      i += 2;
    } else if (/[0-9A-F]/.test(next) && /[0-9A-F]/.test(body[i + 2] ?? '')) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (next === '\r' || next === '\n' || next === ' ' || next === '\t') {
      // `\` followed by whitespace continues the string on the next line and emits nothing.
      i += next === '\r' && body[i + 2] === '\n' ? 3 : 2;
    } else {
      const hint = /[0-9a-f]/i.test(next) ? ' (hex escapes are two upper-case digits, e.g. `\\0A`)' : '';
      errors.push({ offset: i, message: `\`\\${next}\` is not an escape RouterOS accepts${hint}` });
      i += 2;
    }
  }
  const buffer = Uint8Array.from(bytes);
  let value: string;
  try {
    value = strictUtf8.decode(buffer);
  } catch {
    value = Buffer.from(buffer).toString('latin1');
  }
  return { value, errors };
}
