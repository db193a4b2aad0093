/**
 * Custom DHCP options (manual: IP > DHCP, "DHCP Options"): `/ip dhcp-server option add name= code= value=`, and
 * handing one out on a network (`/ip dhcp-server network set [find address=...] dhcp-option=`).
 *
 * The value is written in RouterOS's option notation, by the option's type (RFC 2132 and the codes PXE and VoIP
 * phones use): an address as `'10.0.0.5'` (four bytes), text as `s'pxelinux.0'` (its characters). Codes whose type
 * is not in the table below are refused: a value of the wrong type is an option the clients misread.
 */
import { command, find, named, positional, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import { intToIp, networkOf } from '../../slots/ipv4.js';
import { saysService } from '../../slots/keyed.js';
import { claim } from '../claims.js';
import { refuse, type IntentRule } from '../types.js';
import { has, isNoun, says } from '../words.js';

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
    const other = frame.actions.filter((a) => !['add', 'set'].includes(a.value)).map((a) => a.term.text);
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
    const quoted = frame.quoted.filter((q) => !['name', 'named', 'called'].includes(frame.terms[frame.terms.indexOf(q.term) - 1]?.normal ?? ''));
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
    const nameAt = frame.terms.findIndex((t) => ['named', 'called', 'name'].includes(t.normal));
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
