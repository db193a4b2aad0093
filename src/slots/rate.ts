/**
 * Bit rates as people write them (`10M`, `512k`, `10 mbps`, "ten megabits", `10M/5M`) and RouterOS's rate text. The
 * one reader of rates, with the units of grammar/english/units.ts.
 */
import { RATE_LETTER_BPS, RATE_UNIT_BPS } from '../../grammar/english/units.js';
import type { Term } from '../nlp/analyze.js';

export interface Rate {
  readonly bps: number;
  /** `10M/5M`: the number after the slash. */
  readonly second?: number;
  readonly index: number;
  readonly end: number;
}

/** Every bit rate of a clause (a lower-case `m` is megabits here). */
export function rates(frame: { readonly terms: readonly Term[] }): Rate[] {
  const out: Rate[] = [];
  frame.terms.forEach((t, index) => {
    const tech = t.technical;
    if (tech?.kind === 'amount') {
      const unit = RATE_LETTER_BPS[tech.unit];
      if (unit === undefined) return;
      const second = tech.second ? RATE_LETTER_BPS[tech.second.unit] : undefined;
      if (tech.second && second === undefined) return;
      out.push({ bps: Math.round(tech.value * unit), ...(tech.second && second ? { second: Math.round(tech.second.value * second) } : {}), index, end: index });
      return;
    }
    if (t.number === undefined) return;
    const next = frame.terms[index + 1];
    const unit = next && !next.technical ? RATE_UNIT_BPS[next.normal.replace(/[/]s$/, '')] : undefined;
    if (unit === undefined) return;
    out.push({ bps: Math.round(t.number * unit), index, end: index + 1 });
  });
  return out;
}

/** RouterOS rate text: `10M`, `512k`, `1G`, `1500k`. */
export function rateText(bps: number): string {
  if (bps === 0) return '0';
  if (bps % 1e9 === 0) return `${bps / 1e9}G`;
  if (bps % 1e6 === 0) return `${bps / 1e6}M`;
  if (bps % 1e3 === 0) return `${bps / 1e3}k`;
  return String(bps);
}
