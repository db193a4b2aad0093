/**
 * What one firewall or NAT rule cannot say. These families write rules that
 * hold at all hours, for good, for IPv4 (unless an IPv6 address is given),
 * one direction at a time; a clause that asks for more is refused with the
 * reason, never cut down to what a rule can hold (a wider rule than asked
 * for is the worst answer).
 */
import type { Frame } from './frame.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from './types.js';
import { COMMENT_LABELS, EXEMPT_WORDS, STOP_VERBS, TIME_OF_DAY_WORDS } from '../../grammar/english/classes.js';

/** Units of time among the scanner's amounts ("2 hours", "10 minutes"). */
const TIME_UNITS: ReadonlySet<string> = new Set(['s', 'min', 'm', 'h', 'd', 'w']);

/** Verbs whose "stop ...ing" undoes a rule ("stop blocking ssh"); "stop allowing" is itself a block. */
const UNDONE = new Set(['block', 'reject', 'tarpit', 'forward', 'redirect', 'masquerade', 'srcnat']);

const isRole = (frame: Frame, value: string): boolean => frame.terms.some((t) => t.meanings.some((m) => m.type === 'role' && m.value === value));

/** The refusal for a clause one rule of `family` cannot express, or undefined. */
export function beyondOneRule(frame: Frame, family: IntentFamily, rule: IntentRule): IntentResult | undefined {
  // "block 192.168.88.50 for 2 hours": a rule has no expiry; an address-list entry with a timeout does.
  const lasting = frame.terms.find((t) => t.technical?.kind === 'amount' && TIME_UNITS.has(t.technical.unit));
  if (lasting) {
    return refuse('none', `it says "${lasting.text}": a firewall or NAT rule stays until removed; for a block that expires, add the address to an address list with a timeout, then block the list`, 'Add 192.168.88.50 to the address list blocked for 2 hours');
  }
  // "block ssh over ipv6": the rules are written for IPv4 unless an IPv6 address is given.
  if (frame.terms.some((t) => /^(?:ipv6|ip6|v6)$/.test(t.normal)) && !frame.addresses.some((a) => a.value.kind === 'ip6')) {
    return refuse('none', 'it asks for IPv6, and these rules are written for IPv4 unless an IPv6 address or prefix is given; name the IPv6 prefix', 'Block 2001:db8::/32 from the internet');
  }
  // "1:1 nat 203.0.113.10 to 192.168.88.10", "static nat": a pair of rules (dst-nat in, src-nat out). ("1:1" reaches here as 1, ":", 1.)
  const oneToOne = frame.terms.some((t, k) => (t.normal === '1' && t.after === ':' && frame.terms[k + 1]?.normal === '1') || ((t.normal === 'static' || t.normal === 'one') && /^(?:nat|to)$/.test(frame.terms[k + 1]?.normal ?? '')));
  if (family.translates === true && oneToOne) {
    return refuse('none', 'one-to-one (static) NAT takes a dst-nat rule for traffic in and a src-nat rule for traffic out; ask for the port forward and the src-nat separately', 'Forward port 443 to 192.168.88.10');
  }
  // "block ssh with comment test", "... commented test": a comment is written only from quoted text. (A rule found by
  // its comment reads the name itself: "remove the raw rule with comment bogons".)
  const commentWord = rule.readsComment === true || frame.quoted.length > 0 ? undefined : frame.terms.find((t) => COMMENT_LABELS.has(t.normal) || t.normal === 'label');
  if (commentWord) return refuse('none', `give the comment after "${commentWord.text}" in double quotes`, 'Block SSH from the internet with comment "no ssh"');
  // "don't nat traffic from X to Y", "never masquerade X", "exclude X from nat": a NAT exemption is an accept rule
  // placed before the masquerade, which is not written here; read without the negation it is the opposite.
  const exempt = frame.negated || frame.terms.some((t) => t.negative || EXEMPT_WORDS.has(t.normal));
  if (family.translates === true && exempt) {
    return refuse('none', 'it asks for traffic not to be translated (a NAT exemption: an accept rule in srcnat before the masquerade), which is not written here', 'Masquerade 192.168.88.0/24 out ether1');
  }
  // "masquerade everything except 10.0.0.0/8": the NAT rules read no exception.
  if (family.translates === true && isRole(frame, 'except')) {
    return refuse('none', 'NAT rules are written without exceptions here; say which source to translate instead', 'Masquerade 192.168.88.0/24 out ether1');
  }
  // "stop blocking ssh from lan", "quit forwarding port 80": undoing a rule is removing it, not adding its like.
  const lead = frame.actions[0]?.term;
  const next = lead ? frame.terms[frame.terms.indexOf(lead) + 1] : undefined;
  if (lead && STOP_VERBS.has(lead.normal) && next?.participle && next.meanings.some((m) => m.type === 'action' && UNDONE.has(m.value))) {
    return refuse('none', 'it asks to undo a rule, which means removing it; name the rule by its comment', 'Remove the firewall rule called old-telnet');
  }
  // "allow ssh during work hours", "block telnet at night": the rule's time= matcher is not written.
  const when = frame.terms.find((t) => TIME_OF_DAY_WORDS.has(t.normal) || t.meanings.some((m) => m.type === 'noun' && (m.value === 'weekdays' || m.value === 'weekend')));
  if (when) {
    return refuse('none', `it says "${when.text}": a rule that applies only at some times needs the rule's time matcher, which this generator does not write; ask for the rule without the time, or enable and disable it by hand`, 'Block SSH from the internet');
  }
  return undefined;
}
