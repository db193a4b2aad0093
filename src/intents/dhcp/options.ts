/**
 * Custom DHCP options (manual: IP > DHCP, "DHCP Options"): `/ip dhcp-server option add name= code= value=`, and
 * handing one out on a network (`/ip dhcp-server network set [find address=...] dhcp-option=`).
 *
 * The value is written in RouterOS's option notation, by the option's type (RFC 2132 and the codes PXE and VoIP
 * phones use): an address as `'10.0.0.5'` (four bytes), text as `s'pxelinux.0'` (its characters). Codes whose type
 * is not in the table below are refused: a value of the wrong type is an option the clients misread.
 */
import { command, find, named, positional, str } from '../../ast/build.js';
import { valueAfter } from '../../slots/values.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import { intToIp, networkOf } from '../../slots/ipv4.js';
import { saysService } from '../../slots/keyed.js';
import { claim } from '../claims.js';
import { refuse, type IntentRule } from '../types.js';
import { has, isNoun, otherVerbs, says } from '../words.js';
import { NAME_GIVING_WORDS } from '../../../grammar/english/classes.js';
import { NAME_LABELS } from '../../../grammar/english/cues.js';

const OPTION = '/ip dhcp-server option';
const NETWORK = '/ip dhcp-server network';
const EXAMPLE = 'Add DHCP option 66 with value 10.0.0.5 on the network 192.168.88.0/24';

/** Option codes whose value is one IPv4 address, or text. */
const ADDRESS_CODES: Readonly<Record<number, string>> = { 1: 'subnet mask', 3: 'router', 4: 'time server', 6: 'DNS server', 42: 'NTP server', 44: 'WINS server', 138: 'CAPWAP controller', 150: 'TFTP server address' };
const TEXT_CODES: Readonly<Record<number, string>> = { 12: 'host name', 15: 'domain name', 66: 'TFTP server name', 67: 'boot file name', 252: 'WPAD URL' };

/** "add dhcp option 66 with value 10.0.0.5", "dhcp option 67 \"pxelinux.0\" named boot on network 192.168.88.0/24". */
export const optionAddRule: IntentRule = {
  id: 'dhcp: option <code> <value> [on network <subnet>]',
  match: (frame) => ((has(frame, 'dhcp-option') || (has(frame, 'option') && saysService(frame, 'dhcp'))) && !has(frame, 'dhcp-client') ? 55 : 0),
  build(frame) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set']);
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not something to do to a new DHCP option here`, EXAMPLE);
    // The code: the number after "option" or "code".
    const codes = frame.numbers.filter((n) => {
      const before = frame.terms[frame.terms.indexOf(n.term) - 1];
      return !!before && (isNoun(before, 'dhcp-option', 'option') || before.normal === 'code');
    });
    if (codes.length !== 1) return refuse(id, 'it must give one option code ("option 66")', EXAMPLE);
    const code = codes[0]!.value;
    if (code < 1 || code > 254) return refuse(id, `a DHCP option code is 1-254, not ${code}`, EXAMPLE);
    says(frame, 'code');
    const strayNumbers = frame.numbers.filter((n) => n !== codes[0]).map((n) => n.term.text);
    const stray = [...strayNumbers, ...frame.services.filter((s) => s.value.name !== 'dhcp').map((s) => s.term.text), ...frame.ports.map((p) => p.term.text), ...frame.interfaces.map((i) => i.term.text), ...frame.macs.map((m) => m.term.text)];
    if (stray.length > 0) return refuse(id, `"${stray.join('", "')}" has no place in a DHCP option here (a code, a value, a name and the network that hands it out)`, EXAMPLE);
    // The network it is handed out on: a subnet.
    const subnets = frame.addresses.filter((a) => a.value.kind === 'prefix');
    if (subnets.length > 1) return refuse(id, 'it names more than one network; add the option to one network at a time', EXAMPLE);
    const subnet = subnets[0]?.value.kind === 'prefix' ? subnets[0].value : undefined;
    if (subnet && intToIp(networkOf(subnet.address, subnet.length)) !== subnet.address) return refuse(id, `${subnet.address}/${subnet.length} is not a network address`, EXAMPLE);
    // The value: an address, a host name or quoted text.
    const values = frame.addresses.filter((a) => a.value.kind !== 'prefix');
    const quoted = frame.quoted.filter((q) => !NAME_LABELS.has(frame.terms[frame.terms.indexOf(q.term) - 1]?.normal ?? ''));
    if (values.length + quoted.length !== 1) return refuse(id, `it must give one value for option ${code} (an address, a host name or quoted text)`, EXAMPLE);
    let value: string;
    let described: string;
    const v = values[0]?.value;
    const text = quoted[0]?.text ?? (v?.kind === 'hostname' ? v.name : v?.kind === 'ip' && v.port === undefined ? v.address : undefined);
    if (text === undefined) return refuse(id, `the value of option ${code} here is one address, a host name or quoted text`, EXAMPLE);
    if (ADDRESS_CODES[code] !== undefined) {
      if (v?.kind !== 'ip' || v.port !== undefined) return refuse(id, `option ${code} (${ADDRESS_CODES[code]}) takes an IPv4 address`, EXAMPLE);
      value = `'${v.address}'`;
      described = `the address ${v.address} (${ADDRESS_CODES[code]}, four bytes)`;
    } else if (TEXT_CODES[code] !== undefined) {
      if (!/^[\x21-\x7e]{1,200}$/.test(text) || /['"\\$]/.test(text)) return refuse(id, `"${text}" cannot be written as the text of option ${code} here (printable characters without quotes, \\ or $)`, EXAMPLE);
      value = `s'${text}'`;
      described = `the text ${text} (${TEXT_CODES[code]})`;
    } else return refuse(id, `the type of option ${code}'s value is not known here (addresses: ${Object.keys(ADDRESS_CODES).join(', ')}; text: ${Object.keys(TEXT_CODES).join(', ')})`, EXAMPLE);
    // Its name: "named X", or option<code>.
    const nameAt = frame.terms.findIndex((t) => NAME_LABELS.has(t.normal));
    const nameTerm: Term | undefined = nameAt >= 0 ? frame.terms[nameAt + 1] : undefined;
    const nameText = nameTerm?.technical?.kind === 'quoted' ? nameTerm.technical.text : nameTerm?.text;
    if (nameAt >= 0 && (!nameText || !/^[A-Za-z][\w.-]{0,63}$/.test(nameText))) return refuse(id, 'the option\'s name must be a word (letters, digits, - _ .)', EXAMPLE);
    if (nameAt >= 0) claim(frame.terms[nameAt], nameTerm);
    const name = nameText ?? `option${code}`;
    has(frame, 'dhcp-option', 'option', 'network', 'value', 'dhcp-server');
    says(frame, 'with', 'value', 'to', 'for', 'on', 'the', 'network', 'dhcp', 'set', 'of', 'server', 'clients');
    const commands: Command[] = [command(OPTION, 'add', { name: str(name), code, value: str(value) })];
    const warnings = [`Option ${code} carries ${described}.`];
    if (subnet) {
      commands.push(command(NETWORK, 'set', [positional(find(NETWORK, { address: `${subnet.address}/${subnet.length}` })), named('dhcp-option', str(name))]));
      warnings.push(`The network ${subnet.address}/${subnet.length} hands out ${name}; dhcp-option= replaces the options it had (list them all, comma separated, to keep them). Clients get it at their next renewal.`);
    } else warnings.push(`The option is defined but handed out by no network yet: /ip dhcp-server network set [find address=<subnet>] dhcp-option=${name}.`);
    return { kind: 'commands', rule: id, commands, warnings };
  },
};

const SET_EXAMPLE = 'Create a DHCP option set voip with option66 and option150 on the network 192.168.88.0/24';
const OPTION_NAME = /^[A-Za-z][\w.-]{0,63}$/;

/**
 * "create a dhcp option set voip with option66 and option150 on the network 192.168.88.0/24": a named group of options
 * already defined (`/ip dhcp-server option sets add name= options=`), handed out by a network with `dhcp-option-set=`.
 * The option names are written as they are in /ip dhcp-server option: words with digits (option66) or quoted.
 */
export const optionSetRule: IntentRule = {
  id: 'dhcp: option set <name> with <options> [on network <subnet>]',
  match: (frame) => (has(frame, 'dhcp-option-set') && !has(frame, 'dhcp-client') ? 56 : 0),
  build(frame) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', SET_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set']);
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not something to do to a new DHCP option set here`, SET_EXAMPLE);
    const at = frame.terms.findIndex((t) => isNoun(t, 'dhcp-option-set'));
    // The set's name right after it ("option set voip"), even when the name is also a service's.
    const next = frame.terms[at + 1];
    const labelAt = next && !next.technical && NAME_GIVING_WORDS.has(next.normal) ? at + 1 : at;
    const after = frame.terms[labelAt + 1];
    const name = after && !after.technical && frame.services.some((s) => s.term === after) && OPTION_NAME.test(after.text) ? { text: after.text, index: labelAt + 1 } : valueAfter(frame, labelAt);
    if (name && frame.services.some((s) => s.term === frame.terms[name.index])) claim(frame.terms[name.index]);
    const stray = [...frame.numbers, ...frame.services.filter((s) => s.value.name !== 'dhcp' && s.term !== frame.terms[name?.index ?? -1]), ...frame.ports, ...frame.interfaces, ...frame.macs, ...frame.places].map((s) => s.term.text);
    if (stray.length > 0) return refuse(id, `"${stray.join('", "')}" has no place in a DHCP option set here (a name, the options it groups and the network that hands it out)`, SET_EXAMPLE);
    if (!name || !OPTION_NAME.test(name.text)) return refuse(id, 'it does not say the option set\'s name (a word: letters, digits, - _ .)', SET_EXAMPLE);
    // The options: words with digits or quoted names after the set's name.
    const members: { text: string; term: Term }[] = [];
    frame.terms.forEach((t, i) => {
      if (i <= name.index) return;
      const tech = t.technical;
      if (tech?.kind === 'name') members.push({ text: tech.text, term: t });
      else if (tech?.kind === 'quoted') members.push({ text: tech.text, term: t });
    });
    if (members.length === 0) return refuse(id, 'it does not name the options to group (their names in /ip dhcp-server option, such as option66, or quoted)', SET_EXAMPLE);
    const bad = members.find((m) => !OPTION_NAME.test(m.text));
    if (bad) return refuse(id, `"${bad.text}" is not an option name this generator writes (letters, digits, - _ .)`, SET_EXAMPLE);
    if (new Set(members.map((m) => m.text.toLowerCase())).size !== members.length) return refuse(id, 'an option is named twice', SET_EXAMPLE);
    const subnets = frame.addresses.filter((a) => a.value.kind === 'prefix');
    if (frame.addresses.length !== subnets.length) return refuse(id, 'a DHCP option set takes option names, not addresses; define the options first ("add dhcp option 66 with value 10.0.0.5")', SET_EXAMPLE);
    if (subnets.length > 1) return refuse(id, 'it names more than one network; hand the set out on one network at a time', SET_EXAMPLE);
    const subnet = subnets[0]?.value.kind === 'prefix' ? subnets[0].value : undefined;
    if (subnet && intToIp(networkOf(subnet.address, subnet.length)) !== subnet.address) return refuse(id, `${subnet.address}/${subnet.length} is not a network address`, SET_EXAMPLE);
    for (const m of members) claim(m.term);
    for (const a of frame.addresses) claim(a.term);
    has(frame, 'dhcp-option-set', 'dhcp-option', 'option', 'network', 'dhcp-server');
    says(frame, 'with', 'options', 'option', 'and', 'to', 'for', 'on', 'the', 'network', 'dhcp', 'of', 'server', 'clients', 'new', 'containing', 'grouping', 'named', 'called');
    const commands: Command[] = [command(`${OPTION} sets`, 'add', { name: str(name.text), options: members.map((m) => m.text).join(',') })];
    const warnings = [`The options ${members.map((m) => m.text).join(', ')} must exist in /ip dhcp-server option (add them first: "add dhcp option 66 with value 10.0.0.5 named ${members[0]!.text}").`];
    if (subnet) {
      commands.push(command(NETWORK, 'set', [positional(find(NETWORK, { address: `${subnet.address}/${subnet.length}` })), named('dhcp-option-set', str(name.text))]));
      warnings.push(`The network ${subnet.address}/${subnet.length} hands out the set ${name.text}; clients get it at their next renewal.`);
    } else warnings.push(`The set is handed out by no network yet: /ip dhcp-server network set [find address=<subnet>] dhcp-option-set=${name.text}.`);
    return { kind: 'commands', rule: id, commands, warnings };
  },
};
