/**
 * Scheduler (manual: System > Scheduler): run another request on a
 * schedule. The schedule words are taken out of the clause, the rest is
 * answered by the other administration families, and their commands are
 * printed into `on-event` as one escaped string, so the policy engine still
 * sees (and labels) a scheduled reboot.
 *
 * RouterOS's scheduler has start-date, start-time and interval: "every
 * Monday at 3am" is a weekly interval from a past Monday (RouterOS counts
 * whole intervals from the start), and several days ("on weekdays") take one
 * such entry per day; a one-off "at 23:30" without a
 * date is refused too, and so is a daily or weekly schedule with no time of
 * day (RouterOS would start it whenever it is pasted).
 */
import { command, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import { printScript } from '../../rsc/print.js';
import { readFrame, type Frame } from '../frame.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { DIAGNOSTICS_FAMILY } from '../diagnostics/rules.js';
import { DNS_FAMILY } from '../dns/rules.js';
import { QUEUES_FAMILY } from '../queues/rules.js';
import { SERVICES_FAMILY } from '../services/rules.js';
import { SYSTEM_FAMILY } from '../system/rules.js';
import { USERS_FAMILY } from '../users/rules.js';
import { VPN_FAMILY } from '../vpn/rules.js';
import { WIRELESS_FAMILY } from '../wireless/rules.js';
import { INTERFACES, enableDisableRule } from '../interfaces/rules.js';
import { clockText, durations, timeText } from '../../slots/duration.js';
import { PERIOD_SECONDS } from '../../../grammar/english/units.js';
import { isNoun, leads, techs } from '../words.js';
import { NOTIFY_FAMILY } from '../notify/rules.js';
import { NAME_GIVING_WORDS, STARTUP_PREPOSITIONS } from '../../../grammar/english/classes.js';
import { DAY_LEAD_INS, PART_OF_DAY_WORDS, SCHEDULE_WORDS, TIME_LEAD_INS, TRAFFIC_RULE_VERBS } from '../../../grammar/english/cues.js';

/** The families whose commands can be scheduled (not diagnostics: a scheduled print shows nothing to anyone). */
// Of the interfaces family only enabling and disabling ("disable ether5 every day at 22:00"): renames and settings stay set.
const SCHEDULABLE: readonly IntentFamily[] = [SYSTEM_FAMILY, SERVICES_FAMILY, USERS_FAMILY, QUEUES_FAMILY, VPN_FAMILY, WIRELESS_FAMILY, DNS_FAMILY, NOTIFY_FAMILY, { ...INTERFACES, rules: [enableDisableRule] }];
void DIAGNOSTICS_FAMILY;

const EXAMPLE = 'Reboot the router every day at 3am';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DAY_NOUNS = ['weekdays', 'weekend', ...WEEKDAYS];

/**
 * A weekly schedule starts on a date that falls on its day: the first week of 2024 (1 January 2024 was a Monday).
 * The date is in the past, so RouterOS runs it at the next such day and every interval after (start-date plus a whole
 * number of intervals).
 */
const FIRST_DATE: Readonly<Record<(typeof WEEKDAYS)[number], string>> = {
  monday: '2024-01-01', tuesday: '2024-01-02', wednesday: '2024-01-03', thursday: '2024-01-04', friday: '2024-01-05', saturday: '2024-01-06', sunday: '2024-01-07',
};

interface Schedule {
  readonly interval?: number;
  readonly startTime?: string;
  /** The days of the week of a weekly schedule (one entry each). */
  readonly days?: readonly (typeof WEEKDAYS)[number][];
  readonly used: Set<number>;
}

/** The word right after "named" or "called" is a name ("a backup named nightly"), never a schedule. */
const isNamed = (terms: Frame['terms'], i: number): boolean => NAME_GIVING_WORDS.has(terms[i - 1]?.normal ?? '');

/**
 * Whether the clause says when to run something: "daily", "every 6 hours", "every day", "at 3am",
 * "at startup", "on Mondays", "schedule". "Every" or "each" alone is not a schedule ("each user", "every device").
 */
const isScheduleTerm = (frame: Frame): boolean =>
  frame.terms.some((t, i) => {
    if (isNamed(frame.terms, i)) return false;
    if (isNoun(t, 'every')) {
      const next = frame.terms[i + 1];
      return !!next && (PERIOD_SECONDS[next.normal] !== undefined || isNoun(next, 'daily', ...DAY_NOUNS) || durations(frame).some((d) => d.start === i + 1));
    }
    // A time with the clock's own words is the clock rule's ("set the clock to 14:30").
    if (t.technical?.kind === 'time') return !frame.terms.some((x) => isNoun(x, 'clock', 'time'));
    // "at boot", "on startup" is a time; "boot from the backup" is no schedule.
    if (isNoun(t, 'startup')) return STARTUP_PREPOSITIONS.has(frame.terms[i - 1]?.normal ?? '');
    return isNoun(t, 'daily', 'hourly', 'weekly', 'midnight', 'noon', 'schedule', ...DAY_NOUNS) || SCHEDULE_WORDS.has(t.normal);
  });

/** Reads the schedule words of a clause, and which terms they were. */
function scheduleOf(frame: Frame): Schedule | IntentResult {
  const used = new Set<number>();
  const id = 'scheduler';
  let interval: number | undefined;
  let startTime: string | undefined;
  let twoTimes = false;
  const terms = frame.terms;
  // "every monday at 3am", "on sundays at 02:00": one day a week is a weekly interval from a start date on that day;
  // several days take one such entry each.
  // Several days ("on weekdays", "monday and thursday") take one weekly entry each.
  const days: (typeof WEEKDAYS)[number][] = [];
  terms.forEach((t, i) => {
    const named = WEEKDAYS.filter((d) => isNoun(t, d));
    const group = isNoun(t, 'weekdays') ? WEEKDAYS.slice(0, 5) : isNoun(t, 'weekend') ? WEEKDAYS.slice(5) : [];
    if (named.length + group.length === 0) return;
    used.add(i);
    if (DAY_LEAD_INS.has(terms[i - 1]?.normal ?? '')) used.add(i - 1);
    for (const d of [...named, ...group]) if (!days.includes(d)) days.push(d);
  });
  days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const day = days[0];
  if (day) interval = 604800;
  terms.forEach((t, i) => {
    if (isNamed(terms, i)) return;
    if (isNoun(t, 'daily')) { interval = day ? 0 : 86400; used.add(i); }
    else if (isNoun(t, 'hourly')) { interval = 3600; used.add(i); }
    else if (isNoun(t, 'weekly')) { interval = 604800; used.add(i); }
    else if (isNoun(t, 'midnight')) { startTime = '00:00:00'; used.add(i); }
    else if (isNoun(t, 'noon')) { startTime = '12:00:00'; used.add(i); }
    else if (isNoun(t, 'startup')) { startTime = 'startup'; used.add(i); }
    else if (isNoun(t, 'schedule') || SCHEDULE_WORDS.has(t.normal)) used.add(i);
    else if (TIME_LEAD_INS.has(t.normal) && (isTimeish(terms[i + 1]) || isNoun(terms[i + 1], 'startup', 'midnight', 'noon'))) used.add(i);
    if (t.technical?.kind === 'time') {
      if (startTime !== undefined && startTime !== clockText(t.technical)) twoTimes = true;
      startTime = clockText(t.technical);
      used.add(i);
    }
  });
  if (twoTimes) return refuse(id, 'it gives two times of day; schedule one request at one time, and join requests with "and" ("reboot every day at 3am and disable wifi1 every day at 4am")', EXAMPLE);
  for (let i = 0; i < terms.length; i++) {
    if (!isNoun(terms[i], 'every') || isNamed(terms, i)) continue;
    used.add(i);
    const d = durations(frame).find((x) => x.start === i + 1);
    const next = terms[i + 1];
    if (d) {
      interval = day && d.seconds !== 604800 * Math.max(1, Math.round(d.seconds / 604800)) ? 0 : d.seconds;
      for (let k = d.start; k <= d.end; k++) used.add(k);
    } else if (next && PERIOD_SECONDS[next.normal] !== undefined) {
      interval = day && PERIOD_SECONDS[next.normal] !== 604800 ? 0 : PERIOD_SECONDS[next.normal];
      used.add(i + 1);
    } else if (next && isNoun(next, 'daily')) used.add(i + 1);
  }
  terms.forEach((t, i) => {
    if (PART_OF_DAY_WORDS.has(t.normal) && used.has(i - 1)) used.add(i);
    if (isNoun(t, 'schedule') && !isNamed(terms, i)) used.add(i);
  });
  if (startTime === 'startup') return { ...(interval ? { interval } : {}), startTime, used };
  if (interval === undefined) {
    if (startTime) return refuse(id, 'a one-off run needs a date; say how often it repeats ("every day at 23:30"), or do it now', EXAMPLE);
    return refuse(id, 'it does not say how often to run it', EXAMPLE);
  }
  if (day && interval === 0) return refuse(id, `it names a day of the week and also another interval; a schedule on ${day}s repeats weekly (or every few weeks)`, 'Reboot the router every Monday at 3am');
  if (days.length > 1 && interval !== 604800) return refuse(id, 'several days of the week repeat weekly; another interval with them is not written here', 'Reboot the router every Monday and Thursday at 3am');
  if (interval < 60) return refuse(id, 'running a change more often than once a minute is not something to schedule', EXAMPLE);
  // "reboot every day", "back up weekly": when in the day is a choice a wrong guess makes costly (a reboot at noon), and
  // RouterOS's own default (the moment the entry is added) depends on when it is pasted: the time is asked for.
  if (interval >= 86400 && startTime === undefined) {
    const asked = terms.filter((t, i) => !used.has(i) && !(days.length > 1 && t.normal === 'and')).map((t) => t.text).join(' ');
    const when = day ? `every ${days.map((d) => `${d[0]!.toUpperCase()}${d.slice(1)}`).join(' and ')}` : interval === 604800 ? 'every Sunday' : 'every day';
    return refuse(id, `it does not say at what time of day to run it; add the time ("${asked} ${when} at 3am")`, `${asked[0]?.toUpperCase() ?? ''}${asked.slice(1)} ${when} at 3am`);
  }
  return { interval, startTime: startTime ?? '00:00:00', ...(day ? { days } : {}), used };
}

const isTimeish = (t: Frame['terms'][number] | undefined): boolean => t?.technical?.kind === 'time';

/** The best rule of the schedulable families for what is left of the clause. */
function inner(frame: Frame, options: ResolvedOptions): { rule?: IntentRule; result: IntentResult } {
  const scored = SCHEDULABLE.flatMap((f) => f.rules.map((rule) => ({ rule, score: rule.match(frame) }))).filter((c) => c.score > 0);
  if (scored.length === 0) return { result: refuse('scheduler', 'what to run on the schedule is not something this generator can schedule (system, services, users, queues, VPN and Wi-Fi changes, enabling or disabling an interface, and DNS cache flushes can be)', EXAMPLE) };
  const best = Math.max(...scored.map((c) => c.score));
  const rule = scored.find((c) => c.score === best)!.rule;
  return { rule, result: rule.build(frame, options) };
}

function slug(commands: readonly Command[]): string {
  const c = commands[0]!;
  return [...c.path.slice(-1), c.name].join('-').replace(/[^\w-]/g, '');
}

/** Another family's request, run by the scheduler. */
export const scheduleRule: IntentRule = {
  id: 'scheduler: <request> every <interval> [at <time>]',
  match: (frame) => (isScheduleTerm(frame) && !leads(frame, 'show') ? 65 : 0),
  build(frame, options) {
    if (frame.actions.some((a) => TRAFFIC_RULE_VERBS.has(a.value))) {
      // "block facebook.com from 9am to 5pm" wants the rule's own time= matcher, not a scheduler.
      const window = frame.terms.filter((t) => t.technical?.kind === 'time').length > 1;
      return refuse(this.id, window
        ? 'a firewall or NAT rule limited to some hours is written here only as a host\'s internet blocked at those hours ("block internet for 192.168.88.50 from 22:00 to 6:00", with the rule\'s time matcher); rules are not scheduled (a rule added every day piles up copies)'
        : 'firewall and NAT rules are not scheduled here (a rule added every day piles up copies); add the rule once, and schedule enabling or disabling it by hand', EXAMPLE);
    }
    const schedule = scheduleOf(frame);
    if ('kind' in schedule) return schedule;
    const rest = readFrame(frame.terms.filter((_, i) => !schedule.used.has(i)));
    if (rest.actions.length === 0) return refuse(this.id, 'it does not say what to run on the schedule', EXAMPLE);
    const { rule, result } = inner(rest, options);
    if (result.kind === 'refusal') return result;
    // "reset the configuration every day", "restore the backup nightly", "shut down every night": the first run wipes
    // or stops the router (and the schedule with it); settings that stay set (identity, time zone, NTP) need no schedule.
    if (rule?.once) {
      const asked = rest.terms.map((t) => t.text).join(' ');
      return refuse(this.id, `"${asked}" is not something to repeat on a schedule (it either stays set once done, or stops the router and the schedule with it); do it once`, EXAMPLE);
    }
    if (result.commands.some((c) => c.name === 'load')) return refuse(this.id, 'loading a backup on a schedule replaces the configuration (and the schedule) every time; restore it once, by hand', EXAMPLE);
    // "every 5 minutes reboot": the router would spend its time restarting, and every connection to it with it.
    if (schedule.interval !== undefined && schedule.interval < 3600 && result.commands.some((c) => c.path.join(' ') === 'system' && c.name === 'reboot')) {
      return refuse(this.id, `a reboot every ${timeText(schedule.interval)} keeps the router restarting (and you out of it); schedule reboots at most hourly, usually daily at a quiet hour`, 'Reboot the router every day at 3am');
    }
    // "every day at 18:00 limit 192.168.88.50 to 1M": an add that runs every day adds a copy each time (or fails on the name).
    if (result.commands.some((c) => c.name === 'add')) {
      return refuse(this.id, 'adding something on a schedule adds another copy every time it runs; add it once now, and schedule enabling and disabling it ("disable the queue for 192.168.88.50 every day at 8am")', 'Disable the queue for 192.168.88.50 every day at 8am');
    }
    const text = printScript({ kind: 'script', statements: result.commands }).trim();
    const interval = schedule.interval === undefined ? undefined : timeText(schedule.interval);
    const days = schedule.days ?? [undefined];
    const commands = days.map((day) => command('/system scheduler', 'add', {
      name: str(`${slug(result.commands)}-${day ?? interval ?? 'startup'}`),
      'start-date': day ? FIRST_DATE[day] : undefined,
      'start-time': schedule.startTime,
      interval,
      'on-event': str(text),
    }));
    const warnings = [...result.warnings];
    const named = days.filter((d) => d !== undefined);
    if (named.length === 1) warnings.push(`start-date ${FIRST_DATE[named[0]!]} is a ${named[0]} in the past: RouterOS counts whole intervals from it, so the first run is the next ${named[0]} at ${schedule.startTime}.`);
    if (named.length > 1) warnings.push(`The RouterOS scheduler has no days of the week, only a start date and an interval: one weekly entry per day (${named.join(', ')}), each starting on a past date that fell on its day (${named.map((d) => FIRST_DATE[d]).join(', ')}), so each first runs on the next such day at ${schedule.startTime}.`);
    warnings.push(`The scheduler uses the router's clock: set its time zone and NTP first so ${schedule.startTime === 'startup' ? 'logs line up' : `${schedule.startTime} is your local time`}.`);
    return { kind: 'commands', rule: `scheduler: ${result.rule}`, commands, warnings };
  },
};

export const SCHEDULER_FAMILY: IntentFamily = {
  id: 'scheduler',
  wrapsRequests: true,
  reads: { nouns: ['config', 'it'], places: ['router'], words: ['hour', 'hours', 'day', 'days', 'week', 'back', 'mikrotik', 'morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'afternoon', 'afternoons'] }, example: 'Reboot every day at 3am', summary: 'the scheduler (run any of the system, service, user, queue, VPN or Wi-Fi changes, or a DNS cache flush, every day at a time, or every N hours)',
  rules: [scheduleRule],
};
