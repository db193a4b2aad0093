/**
 * The whole configuration as a script (manual: Configuration Management, "Exporting configuration"): the root
 * `/export`, shown in the terminal or saved to a file, with passwords and keys (show-sensitive), one full line per
 * command (terse), defaults included (verbose) or compact. Exporting one menu ("export the firewall") is the system
 * family's; this family answers when no menu is named.
 */
import { command, str } from '../../ast/build.js';
import type { Arg } from '../../ast/nodes.js';
import { sectionOf } from '../system/rules.js';
import { refuse, type IntentFamily, type IntentRule } from '../types.js';
import { has, indexOf, isNoun, leads, otherVerbs, says } from '../words.js';
import { INCLUDE_WORDS } from '../../../grammar/english/cues.js';
import { valueAfter } from '../../slots/values.js';
import { EXPORT_FORM_NOUNS, NAME_GIVING_WORDS } from '../../../grammar/english/classes.js';

const EXAMPLE = 'Export the whole configuration to a file named backup1';
/** A file name RouterOS takes (a path under the router's files, no spaces or quotes). */
const FILE = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,99}$/;

/** "export the configuration", "export everything to a file named backup1 with passwords", "export the config in terse form". */
export const rootExportRule: IntentRule = {
  id: 'export: whole configuration [file] [show-sensitive|terse|verbose|compact]',
  match: (frame) => (leads(frame, 'export') && sectionOf(frame) === undefined ? 70 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    const other = otherVerbs({ ...frame, actions: frame.actions.slice(1) }, ['export', 'backup', 'show'], INCLUDE_WORDS);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of exporting the configuration; ask for it in a separate request`, EXAMPLE);
    const stray = [...frame.addresses, ...frame.interfaces, ...frame.services, ...frame.ports, ...frame.macs, ...frame.protocols].map((s) => s.term.text);
    if (frame.addresses.length > 0) return refuse(this.id, `an export is shown or saved to a file on the router; sending it to ${frame.addresses[0]!.term.text} is not generated here`, EXAMPLE);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not a part of the configuration this generator exports on its own; export the whole configuration, or one section (firewall, nat, dhcp, ...)`, EXAMPLE);
    // "to a file named cfg", "called cfg", "as cfg" ("as terse" is a form, not a name: only when nothing else names the file).
    let fileAt = indexOf(frame, (t) => isNoun(t, 'file') || NAME_GIVING_WORDS.has(t.normal));
    if (fileAt < 0) fileAt = indexOf(frame, (t) => t.normal === 'as' && valueAfter(frame, frame.terms.indexOf(t)) !== undefined);
    // A word after "named"/"called" is the name the user chose, whatever else it means ("a file called full"); right
    // after "file" so is a word that is not part of the request's own grammar ("to file secrets", not "to file with ...").
    const plain = fileAt >= 0 ? valueAfter(frame, fileAt, { plainWords: true }) : undefined;
    const namer = !!plain && frame.terms.slice(fileAt, plain.index).some((t) => NAME_GIVING_WORDS.has(t.normal));
    const plainTerm = plain ? frame.terms[plain.index] : undefined;
    const nameLike = !!plainTerm && plainTerm.meanings.every((m) => m.type === 'word' || (m.type === 'noun' && !EXPORT_FORM_NOUNS.has(m.value)));
    const file = fileAt >= 0 ? valueAfter(frame, fileAt) ?? (plain && (namer || nameLike) ? plain : undefined) : undefined;
    if (fileAt >= 0 && !file && has(frame, 'file')) return refuse(this.id, 'it does not say what to name the file', EXAMPLE);
    if (file && !FILE.test(file.text)) return refuse(this.id, `"${file.text}" is not a file name an export can take (letters, digits, . - _ and /)`, EXAMPLE);
    if (file) says(frame, 'named', 'called', 'as');
    const flags: string[] = [];
    const sensitive = has(frame, 'sensitive') || ((has(frame, 'password') || says(frame, 'secrets', 'keys', 'passwords')) && says(frame, 'with', 'including', 'include', 'includes', 'show', 'showing'));
    if (sensitive) flags.push('show-sensitive');
    if (has(frame, 'terse') || says(frame, 'terse')) flags.push('terse');
    if (has(frame, 'verbose') || says(frame, 'verbose')) flags.push('verbose');
    if (says(frame, 'compact')) flags.push('compact');
    if (flags.includes('verbose') && flags.includes('compact')) return refuse(this.id, 'an export is either verbose (with defaults) or compact, not both', EXAMPLE);
    // The words that say "the whole configuration".
    has(frame, 'config', 'whole', 'all', 'every', 'backup');
    says(frame, 'router', 'everything', 'entire', 'full', 'complete', 'whole', 'form', 'format', 'mode', 'output', 'script', 'rsc', 'text', 'readable', 'plain', 'running', 'current');
    for (const p of frame.places) if (p.value !== 'router') return refuse(this.id, `the export is of the whole router, not of "${p.term.text}"`, EXAMPLE);
    const args: Arg[] = [
      ...(file ? [{ kind: 'named' as const, name: 'file', value: str(file.text.replace(/\.rsc$/i, '')) }] : []),
      ...flags.map((f) => ({ kind: 'positional' as const, value: { kind: 'word' as const, text: f } })),
    ];
    const warnings: string[] = [];
    if (file) warnings.push(`The export is saved as ${file.text.replace(/\.rsc$/i, '')}.rsc in the router's files; copy it off the router to keep it.`);
    if (sensitive) warnings.push('show-sensitive puts passwords, keys and secrets in the export; keep it safe.');
    else warnings.push('Passwords, keys and secrets are left out (RouterOS 7 hides them unless show-sensitive is given); this export alone does not restore them.');
    return { kind: 'commands', rule: this.id, commands: [command([], 'export', args)], warnings };
  },
};

export const EXPORT_FAMILY: IntentFamily = {
  id: 'export',
  summary: 'the whole configuration as a script (root /export, to a file, with show-sensitive, terse, verbose or compact)',
  example: EXAMPLE,
  rules: [rootExportRule],
};
