/** The one reader of durations and of rates (src/slots), over the units of grammar/english/units.ts. */
import { describe, expect, it } from 'vitest';
import { readFrame, splitClauses } from '../../src/intents/frame.js';
import { analyze } from '../../src/nlp/analyze.js';
import { clockText, durations, secondsOfTimeText, timeText } from '../../src/slots/duration.js';
import { rates, rateText } from '../../src/slots/rate.js';

const frameOf = (prompt: string) => readFrame(splitClauses(analyze(prompt).terms)[0]!);
const seconds = (p: string) => durations(frameOf(p)).map((d) => d.seconds);

describe('durations', () => {
  it('reads durations in many spellings', () => {
    expect(seconds('lease time 12 hours')).toEqual([43200]);
    expect(seconds('lease time 1d')).toEqual([86400]);
    expect(seconds('lease time 1d12h')).toEqual([129600]);
    expect(seconds('lease time of one day')).toEqual([86400]);
    expect(seconds('a lease time of an hour')).toEqual([3600]);
    expect(seconds('lease time 1 day and 12 hours')).toEqual([129600]);
    expect(seconds('timeout 30m')).toEqual([1800]);
    expect(seconds('every six hours')).toEqual([21600]);
    expect(seconds('for 90 secs')).toEqual([90]);
    expect(seconds('for two weeks')).toEqual([1209600]);
  });
  it('says where a duration starts and ends', () => {
    expect(durations(frameOf('every six hours please')).map((d) => [d.start, d.end])).toEqual([[1, 2]]);
  });
  it('does not take a lone letter or a bare number for a duration', () => {
    expect(seconds('port 5 m')).toEqual([]);
    expect(seconds('add 10 hosts')).toEqual([]);
  });
  it('writes RouterOS time text', () => {
    expect(timeText(5400)).toBe('1h30m');
    expect(timeText(604800)).toBe('1w');
    expect(timeText(0)).toBe('0s');
    expect(secondsOfTimeText('1h30m')).toBe(5400);
    expect(secondsOfTimeText('1x')).toBeUndefined();
    expect(clockText({ hour: 3, minute: 5, second: 0 })).toBe('03:05:00');
  });
});

describe('rates', () => {
  const bps = (p: string) => rates(frameOf(p)).map((r) => [r.bps, r.second]);
  it('reads rates with letters and words', () => {
    expect(bps('limit to 10M')).toEqual([[10e6, undefined]]);
    expect(bps('limit to 10 mbps')).toEqual([[10e6, undefined]]);
    expect(bps('limit to ten megabits')).toEqual([[10e6, undefined]]);
    expect(bps('max-limit 10M/5M')).toEqual([[10e6, 5e6]]);
    expect(bps('limit to 512 kbit')).toEqual([[512e3, undefined]]);
  });
  it('writes RouterOS rate text', () => {
    expect(rateText(10e6)).toBe('10M');
    expect(rateText(1500e3)).toBe('1500k');
    expect(rateText(1e9)).toBe('1G');
  });
});
