/**
 * Traits a family puts on its rules: behaviour shared by every rule of a kind, wrapped around `match` and `build`
 * instead of repeated in each.
 */
import type { Frame } from './frame.js';
import { refuse, type IntentRule } from './types.js';
import { exception, leads } from './words.js';
import { isRecording } from './claims.js';

/**
 * `leads(frame, 'show')`, asked by every rule `changesOnly` wraps: while the rules are scored (not recording), once
 * per clause (a clause's actions never change); while recording, each time, for its claims.
 */
let lastFrame: Frame | undefined;
let lastActions = 0;
let lastShow = false;
function leadsShow(frame: Frame): boolean {
  if (isRecording()) return leads(frame, 'show');
  if (frame !== lastFrame || frame.actions.length !== lastActions) {
    lastShow = leads(frame, 'show');
    lastFrame = frame;
    lastActions = frame.actions.length;
  }
  return lastShow;
}

/**
 * The rules of a family that changes settings, made to step aside for "show ...": a request to look
 * at something ("show the ntp status", "show ssh ciphers") never changes it.
 */
export function changesOnly(rules: readonly IntentRule[], options: { readsExceptions?: readonly IntentRule[] } = {}): IntentRule[] {
  return rules.map((rule) => ({
    ...rule,
    match: (frame: Frame) => (leadsShow(frame) ? 0 : rule.match(frame)),
    build: (frame: Frame, resolved: Parameters<IntentRule['build']>[1]) => {
      // "disable all wifi except wifi1", "remove all queues except guest": a rule that does not read exceptions
      // would act on the one thing named, the exception itself.
      // "don't enable upnp" asks for nothing (it is not "disable upnp"): refused by every rule.
      if (frame.negated) return refuse(rule.id, `"${frame.actions[0]?.term.text ?? 'it'}" is negated, so there is nothing to do`, 'Set the time zone to Europe/Riga');
      const except = options.readsExceptions?.includes(rule) ? undefined : exception(frame);
      if (except) return refuse(rule.id, `it names an exception ("${except}"), which this request cannot express; name exactly what to change`, 'Disable wifi2');
      return rule.build(frame, resolved);
    },
  }));
}

