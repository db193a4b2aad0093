/**
 * Durations as people write them ("1 hour", "30 minutes", "two days", "an hour", "1d", "12h", "1h30m", "1 day and 12
 * hours") and RouterOS's time text ("1h", "30m", "2d", "1h30m", "03:00:00"). The one reader of durations: every
 * family takes its times from here, with the units of grammar/english/units.ts.
 */
import { TIME_LETTER_SECONDS, TIME_UNIT_SECONDS } from '../../grammar/english/units.js';
import type { Term } from '../nlp/analyze.js';

export interface Duration {
  readonly seconds: number;
  /** The first and the last term of the duration ("6 hours": the number and the unit word). */
  readonly start: number;
  readonly end: number;
}

const COMPACT = /^(?:\d+[wdhms])+$/;

/** The seconds of RouterOS time text written in letters (`1h30m` → 5400), or undefined. */
export function secondsOfTimeText(text: string): number | undefined {
  if (!COMPACT.test(text)) return undefined;
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([wdhms])/g)) seconds += Number(n) * TIME_LETTER_SECONDS[unit!]!;
  return seconds;
}

/** One piece of a duration starting at `terms[i]`: `30m`, `1h30m`, "6 hours", "an hour", "six hours". */
function pieceAt(terms: readonly Term[], i: number): { seconds: number; next: number } | null {
  const t = terms[i]!;
  const tech = t.technical;
  if (tech?.kind === 'amount') {
    const unit = tech.second === undefined ? TIME_LETTER_SECONDS[tech.unit] : undefined;
    return unit === undefined ? null : { seconds: Math.round(tech.value * unit), next: i + 1 };
  }
  const compact = secondsOfTimeText(t.normal);
  if (compact !== undefined) return { seconds: compact, next: i + 1 };
  const after = terms[i + 1];
  const unit = after && !after.technical ? TIME_UNIT_SECONDS[after.normal] : undefined;
  if (unit === undefined) return null;
  if (t.number !== undefined && (!tech || tech.kind === 'number')) return { seconds: Math.round(t.number * unit), next: i + 2 };
  if (t.normal === 'a' || t.normal === 'an') return { seconds: unit, next: i + 2 };
  return null;
}

/** Every duration in `terms` from `from` on; pieces joined by nothing or "and" are one ("1 day and 12 hours"). */
export function durationsIn(terms: readonly Term[], from = 0): Duration[] {
  const out: Duration[] = [];
  for (let i = from; i < terms.length; i++) {
    const first = pieceAt(terms, i);
    if (!first) continue;
    let { seconds, next } = first;
    for (;;) {
      const joined = terms[next]?.normal === 'and' ? next + 1 : next;
      const more = joined < terms.length ? pieceAt(terms, joined) : null;
      if (!more) break;
      seconds += more.seconds;
      next = more.next;
    }
    out.push({ seconds, start: i, end: next - 1 });
    i = next - 1;
  }
  return out;
}

/** The durations of a clause. */
export const durations = (frame: { readonly terms: readonly Term[] }): Duration[] => durationsIn(frame.terms);

/** RouterOS time text: 86400 → `1d`, 5400 → `1h30m`, 0 → `0s`. */
export function timeText(seconds: number): string {
  let rest = Math.round(seconds);
  let text = '';
  for (const [unit, size] of [['w', 604800], ['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text === '' ? '0s' : text;
}

/** A time of day as RouterOS writes it: `03:00:00`. */
export function clockText(t: { hour: number; minute: number; second: number }): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}
