/**
 * Units people say after a number: time ("two days", "90 secs") and bit rates ("20 megabits", "10 meg"). The one
 * table every reader of durations and rates uses (src/slots/duration.ts, src/slots/rate.ts) and the claims check
 * (src/intents/claims.ts, a unit after a read number is read with it).
 */

/** Time units said as words, in seconds. One-letter units ("5 m") are not words here: a lone `m` is ambiguous. */
export const TIME_UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1, seconds: 1, sec: 1, secs: 1,
  minute: 60, minutes: 60, min: 60, mins: 60,
  hour: 3600, hours: 3600, hr: 3600, hrs: 3600,
  day: 86400, days: 86400,
  week: 604800, weeks: 604800, wk: 604800, wks: 604800,
};

/** What "every <period>" repeats at, in seconds ("every night" and "every morning" are daily). */
export const PERIOD_SECONDS: Readonly<Record<string, number>> = { day: 86400, night: 86400, week: 604800, hour: 3600, minute: 60, morning: 86400, evening: 86400 };

/** RouterOS's time letters (`1w2d3h4m5s`) and the scanner's amount units, in seconds. */
export const TIME_LETTER_SECONDS: Readonly<Record<string, number>> = { w: 604800, d: 86400, h: 3600, m: 60, min: 60, s: 1 };

/** Bit-rate units said as words, in bits per second ("10 mbps", "ten megabits", "512 kbit", "1 gig"). */
export const RATE_UNIT_BPS: Readonly<Record<string, number>> = {
  kbps: 1e3, kbit: 1e3, kbits: 1e3, kilobit: 1e3, kilobits: 1e3, k: 1e3,
  mbps: 1e6, mbit: 1e6, mbits: 1e6, megabit: 1e6, megabits: 1e6, meg: 1e6, megs: 1e6, mb: 1e6, m: 1e6, mega: 1e6,
  gbps: 1e9, gbit: 1e9, gbits: 1e9, gigabit: 1e9, gigabits: 1e9, gig: 1e9, gigs: 1e9, gb: 1e9, g: 1e9, giga: 1e9,
};

/** RouterOS's rate letters (`10M`, `512k`, `1G`; a lower-case `m` is megabits in a rate) in bits per second. */
export const RATE_LETTER_BPS: Readonly<Record<string, number>> = { k: 1e3, M: 1e6, m: 1e6, G: 1e9 };

/** Units said after a number ("two days", "20 megabits", "5 times"): read with the number (claims). */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(TIME_UNIT_SECONDS),
  ...Object.keys(RATE_UNIT_BPS).filter((w) => w.length > 1),
  'bit', 'bits', 'times',
]);
