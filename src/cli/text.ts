/**
 * Terminal text: colour that respects NO_COLOR, FORCE_COLOR and whether the
 * stream is a terminal; control characters made visible; shell quoting.
 */

/** Whether to colour a stream: --color/--no-color first, then FORCE_COLOR, then NO_COLOR, then "is it a terminal (and not TERM=dumb)". */
export function wantsColour(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const same = (s: string) => s;

export function paint(on: boolean): Paint {
  return on
    ? { red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) }
    : { red: same, yellow: same, dim: same, bold: same, underline: same };
}

/**
 * Text from a script or a file name made safe to print on one terminal line:
 * C0 controls, DEL, C1 controls, line and paragraph separators and the bidi
 * overrides become visible escapes, so a script cannot move the cursor, clear
 * the screen or reorder what the user reads.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** One POSIX shell word: single quotes, with each ' written as '\''. Plain words stay bare. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
