/**
 * Durations as people write them ("1 hour", "30 minutes", "two days", "1d",
 * "12h", "1h30m") → RouterOS time text ("1h", "30m", "2d", "1h30m").
 */
import type { Term } from '../nlp/analyze.js';

const UNITS: Readonly<Record<string, 'w' | 'd' | 'h' | 'm' | 's'>> = {
  w: 'w', wk: 'w', wks: 'w', week: 'w', weeks: 'w',
  d: 'd', day: 'd', days: 'd',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
};

/** The scanner's time units (technical.ts `amount`) in RouterOS spelling. */
const AMOUNT_UNITS: Readonly<Record<string, string>> = { s: 's', min: 'm', h: 'h', d: 'd', w: 'w' };

const COMPACT = /^(?:\d+[wdhms])+$/;

export interface DurationMatch {
  /** RouterOS time text, e.g. "1h30m". */
  readonly text: string;
  /** Index of the first term after the duration. */
  readonly end: number;
}

/** Reads a duration starting at `terms[start]`, or returns null. */
export function readDuration(terms: readonly Term[], start: number): DurationMatch | null {
  let text = '';
  let i = start;
  while (i < terms.length) {
    const t = terms[i]!;
    const amount = t.technical?.kind === 'amount' ? t.technical : undefined;
    if (amount && amount.unit in AMOUNT_UNITS && amount.second === undefined) {
      text += `${amount.value}${AMOUNT_UNITS[amount.unit]}`;
      i++;
      continue;
    }
    if (COMPACT.test(t.normal)) {
      text += t.normal;
      i++;
      continue;
    }
    const unit = terms[i + 1] ? UNITS[terms[i + 1]!.normal] : undefined;
    if (t.number !== undefined && unit) {
      text += `${t.number}${unit}`;
      i += 2;
      continue;
    }
    // "an hour", "a day"
    if ((t.normal === 'a' || t.normal === 'an' || t.normal === 'one') && terms[i + 1] && UNITS[terms[i + 1]!.normal] && text === '') {
      text = `1${UNITS[terms[i + 1]!.normal]}`;
      i += 2;
      continue;
    }
    if (text !== '' && t.normal === 'and') {
      i++;
      continue;
    }
    break;
  }
  return text === '' ? null : { text, end: i };
}

/** The first duration anywhere in the terms, with where it starts. */
export function findDuration(terms: readonly Term[], from = 0): (DurationMatch & { start: number }) | null {
  for (let i = from; i < terms.length; i++) {
    const d = readDuration(terms, i);
    if (d) return { ...d, start: i };
  }
  return null;
}
