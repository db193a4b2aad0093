import type { Command } from '../ast/nodes.js';
import type { ResolvedOptions } from '../api/options.js';
import type { Frame } from './frame.js';

/** What one clause became: commands (with warnings for the user), or a refusal that says what is missing. */
export type IntentResult =
  | {
      readonly kind: 'commands';
      readonly rule: string;
      readonly commands: Command[];
      readonly warnings: string[];
      /** The interface the clause created or changed, for "it" in the next clause ("create vlan 10 on ether1 and give it 10.0.10.1/24"). */
      readonly subject?: string;
      /** What the clause created or filled, for "it"/"them" in a later clause ("... then allow winbox from it"). */
      readonly referent?: Referent;
      /** The commands end with a drop of everything the clause did not accept (a rate limit, "only allow"): "... and drop the rest" is done. */
      readonly dropsRest?: boolean;
      /** What "drop the rest" in the next clause means after this accept: the same traffic from everywhere else. */
      readonly restDrop?: readonly Command[];
      /**
       * The commands are a known configuration that includes whole-side rules on purpose (the basic firewall's "drop
       * all else" on input): the breadth gate (breadth.ts) does not apply. Only for rules that refuse every other word.
       */
      readonly wholeByDesign?: boolean;
    }
  | { readonly kind: 'refusal'; readonly rule: string; readonly reason: string; readonly example: string };

/**
 * A thing a clause created or named that a later clause may call "it"/"them". A rule that can use the kind reads the
 * pronoun (and so claims it); any other rule leaves it unread, which refuses the prompt (claims.ts).
 */
export interface Referent {
  readonly kind: 'address-list' | 'bridge' | 'ipv6-pool' | 'interface' | 'certificate' | 'traffic' | 'user' | 'interface-list';
  readonly name: string;
  /** For a `traffic` referent: the slots a filter clause read its traffic from ("block ssh from the wan and allow it from the lan"). */
  readonly traffic?: Pick<Frame, 'services' | 'protocols' | 'ports'>;
  /** The router's address the clause put on it ("create vlan 20 on ether2 with 192.168.20.1/24"), for a DHCP server "on it". */
  readonly address?: { readonly address: string; readonly length: number };
  /** An interface that carries IP packets only (a GRE tunnel): never a bridge port. */
  readonly ipOnly?: boolean;
  /**
   * The ports a clause put on this bridge or took from it ("add ether2 to bridge br0"): "it" next could be either, so
   * only a reading that needs a bridge ("enable vlan filtering on it") takes the bridge; "disable it" is refused.
   */
  readonly members?: readonly string[];
}

export interface IntentRule {
  /** Readable id, e.g. "forward <port> to <ip>[:<port>]". */
  readonly id: string;
  /**
   * How well the rule fits the clause; 0 means not at all. The best score
   * builds; a tie between families is refused as ambiguous. Conventions: 10
   * for a matching verb alone, more when the clause also names the rule's
   * object ("add user", "set identity"), so specific rules beat general ones.
   */
  match(frame: Frame): number;
  /**
   * What the rule does is done once: a setting that stays set (identity, time zone, DNS servers) or an operation that
   * wipes or stops the router (reset, shutdown). The scheduler never repeats it.
   */
  readonly once?: boolean;
  /** The rule finds what it changes by a comment it reads itself, quoted or not ("remove the raw rule with comment bogons"). */
  readonly readsComment?: boolean;
  build(frame: Frame, options: ResolvedOptions): IntentResult;
}

/** The canonical verbs of a frame (from grammar/english). */
export function verbsOf(frame: Frame): string[] {
  return frame.actions.map((a) => a.value);
}

/** `score` when the frame has one of `verbs`, else 0. */
export function verbScore(frame: Frame, verbs: readonly string[], score: number): number {
  return frame.actions.some((a) => verbs.includes(a.value)) ? score : 0;
}

export interface IntentFamily {
  readonly id: string;
  /** What the family does, for "this generator understands ..." messages. */
  readonly summary: string;
  /**
   * Words the family's own slot readers take by their text rather than through the frame's slots (topics of a
   * `print`, provider names, head nouns such as "traffic"): read whenever one of its rules answers (claims.ts).
   */
  readonly reads?: { readonly nouns?: readonly string[]; readonly places?: readonly string[]; readonly words?: readonly string[] };
  /** A prompt the family answers, offered when one of its clauses is refused. */
  readonly example: string;
  readonly rules: readonly IntentRule[];
  /** Bare numbers in this family's clauses are ports ("block 23"). */
  readonly numbersArePorts?: boolean;
  /** This family reads MAC addresses (other families refuse a clause that has one). */
  readonly usesMacs?: boolean;
  /** This family filters traffic: a filter verb over a list of services is its request (see `answer`). */
  readonly filtersTraffic?: boolean;
  /** This family's rules hold at all hours: a clause that names a time of day ("at night", "during work hours") is refused, not cut down. */
  readonly allHours?: boolean;
  /**
   * This family's rules translate addresses (NAT): a clause that asks for an exemption ("don't nat ..."), an exception
   * ("... except 10.0.0.0/8") or a one-to-one pair ("1:1 nat", "static nat") is refused (limits.ts), never cut down.
   */
  readonly translates?: boolean;
  /** This family wraps another family's request (the scheduler runs it later), so it still competes when one family's request is clear. */
  readonly wrapsRequests?: boolean;
}

export const refuse = (rule: string, reason: string, example: string): IntentResult => ({ kind: 'refusal', rule, reason, example });

/** A rule's answer: the commands it built, and the warnings the user must read with them. */
export const ok = (rule: string, commands: Command[], warnings: string[] = []): IntentResult => ({ kind: 'commands', rule, commands, warnings });
