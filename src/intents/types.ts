import type { Command } from '../ast/nodes.js';
import type { ResolvedOptions } from '../api/options.js';
import type { Frame } from './frame.js';

/** What one clause became: commands (with warnings for the user), or a refusal that says what is missing. */
export type IntentResult =
  | { readonly kind: 'commands'; readonly rule: string; readonly commands: Command[]; readonly warnings: string[] }
  | { readonly kind: 'refusal'; readonly rule: string; readonly reason: string; readonly example: string };

export interface IntentRule {
  /** Readable id, e.g. "forward <port> to <ip>[:<port>]". */
  readonly id: string;
  /** The actions (canonical verbs from grammar/english) this rule answers. */
  readonly actions: readonly string[];
  /** Optional finer test once an action matched. */
  readonly applies?: (frame: Frame) => boolean;
  build(frame: Frame, options: ResolvedOptions): IntentResult;
}

export interface IntentFamily {
  readonly id: string;
  readonly rules: readonly IntentRule[];
}

export const refuse = (rule: string, reason: string, example: string): IntentResult => ({ kind: 'refusal', rule, reason, example });
