/**
 * Scheduler: what it refuses to schedule and what it must not read as a
 * schedule. Examples: corpus/scheduler.jsonl and corpus/negative-scheduler.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('scheduler', () => {
  it('keeps a name after "named"/"called" out of the schedule', () => {
    expect(answer('every day at 1am save a backup named nightly').content).toContain('on-event="/system backup save name=\\"nightly\\""');
    expect(answer('make a backup called weekly').content).toBe('/system backup save name="weekly"\n');
  });
  it('does not read "each" or "every" without a time unit as a schedule', () => {
    expect(answer('limit each user on the LAN to 5M').content).toContain('/queue simple add');
    expect(answer('set the clock to 14:30').content).toBe('/system clock set time=14:30:00\n');
  });
  it('never drops a request of a two-request clause', () => {
    const r = answer('reboot every day at 3am and every day at 4am disable wifi1');
    expect(r.content).toBe('');
    expect(r.error).toContain('two times of day');
  });
});
