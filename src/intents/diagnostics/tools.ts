/**
 * The live tools (manual: Tools > Torch, Packet Sniffer, Bandwidth Test; Interface > monitor-traffic): what flows
 * through an interface, per connection (torch) or in total (monitor-traffic), a packet capture (shown, or saved to a
 * file), and a bandwidth test against another RouterOS device. They only read or measure, and each ends by itself:
 * a duration is always written (or `once`), as ping writes a count, so a script that runs one never hangs.
 */
import { command, str } from '../../ast/build.js';
import type { Arg, Value } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Frame } from '../frame.js';
import { addressValue } from '../traffic.js';
import { ok, refuse, type IntentResult, type IntentRule } from '../types.js';
import { claim } from '../claims.js';
import { has, indexOf, isNoun, leads, says } from '../words.js';
import { durations, timeText } from '../../slots/duration.js';
import { secretOf, secretProblem, valueAfter } from '../../slots/values.js';
import { SNIFFER_QUICK_WORDS } from '../../../grammar/english/operations.js';

const named = (name: string, text: string): Arg => ({ kind: 'named', name, value: { kind: 'word', text } });
const flag = (text: string): Arg => ({ kind: 'positional', value: { kind: 'word', text } });

/** The first word of the clause (after filler) is `word` ("torch ether1", "monitor ether1"), or the clause's verb is "run"/"start". */
function opens(frame: Frame, test: (t: Frame['terms'][number]) => boolean): boolean {
  const first = frame.terms.find((t) => t.meanings.length === 0 || !t.meanings.every((m) => m.type === 'filler'));
  if (first && test(first)) return true;
  return leads(frame, 'run', 'enable', 'show') && frame.terms.some(test);
}

/** The interfaces a tool watches: named ones, or the `wan`/`lan` option's interface for "the WAN side". */
function watchedInterfaces(frame: Frame, options: ResolvedOptions, id: string, example: string): string[] | IntentResult {
  const names = frame.interfaces.map((i) => i.value);
  const place = frame.places.find((p) => p.value === 'wan' || p.value === 'lan');
  if (place) {
    const side = place.value === 'wan' ? options.wan : options.lan;
    if (!('interface' in side)) return refuse(id, `the ${place.value.toUpperCase()} side is the interface list ${side.list}; name the interface (e.g. ether1)`, example);
    names.push(side.interface);
  }
  if (names.length === 0) return refuse(id, 'it does not say which interface to watch', example);
  return [...new Set(names)];
}

/** A duration said in the clause ("for 30 seconds", "60s"), or undefined; more than one refuses. */
function durationOf(frame: Frame, id: string, example: string): number | undefined | IntentResult {
  const found = durations(frame);
  if (found.length > 1) return refuse(id, 'it gives more than one duration', example);
  const d = found[0];
  if (!d) return undefined;
  claim(...frame.terms.slice(d.start, d.end + 1));
  if (d.seconds < 1 || d.seconds > 86400) return refuse(id, 'the duration must be 1 second to 1 day', example);
  says(frame, 'duration');
  return d.seconds;
}

type AddressArg = ReturnType<typeof addressValue>;

/** Source and destination addresses ("from 10.0.0.5", "to 8.8.8.8"), either side (`any`), a protocol and one port, as a tool's filters. */
interface Filters {
  src?: AddressArg;
  dst?: AddressArg;
  any?: AddressArg;
  protocol?: string;
  port?: number;
}

function filtersOf(frame: Frame, id: string, example: string, anyAddress: boolean, skip?: Frame['terms'][number]): Filters | IntentResult {
  const out: Filters = {};
  // (`skip`: the file name, which is not also a filter: "to a file called voip" is no SIP port.)
  const services = frame.services.filter((s) => s.term !== skip);
  for (const a of frame.addresses) {
    if (a.value.kind !== 'ip' && a.value.kind !== 'prefix') return refuse(id, `${a.term.text} is not an IPv4 address or subnet this tool filters on`, example);
    if (a.value.kind === 'ip' && a.value.port !== undefined) return refuse(id, 'give the port on its own ("port 443"), not after the address', example);
    const role = a.role === 'from' ? 'src' : a.role === 'to' ? 'dst' : anyAddress ? 'any' : undefined;
    if (!role) return refuse(id, `say whether ${a.term.text} is where the traffic comes from ("from ${a.term.text}") or where it goes ("to ${a.term.text}")`, example);
    if (out[role]) return refuse(id, 'it gives more than one address on the same side; filter on one at a time', example);
    out[role] = addressValue(a.value);
  }
  // A service is its port, and its protocol when it has one ("ssh" is tcp 22; "dns", tcp and udp 53, is port 53).
  const protocols = [...new Set([...frame.protocols.map((p) => p.value), ...services.flatMap((s) => (s.value.protocols.length === 1 ? s.value.protocols : []))])];
  const ports = [...frame.ports.map((p) => p.value), ...services.flatMap((s) => s.value.ports.map((n) => (typeof n === 'number' ? { from: n, to: n } : { from: n[0], to: n[1] })))];
  if (protocols.length > 1) return refuse(id, 'it names more than one protocol; filter on one at a time', example);
  if (ports.length > 1 || ports.some((p) => p.from !== p.to)) return refuse(id, 'it names more than one port; filter on one at a time', example);
  if (protocols[0]) out.protocol = protocols[0];
  if (ports[0]) out.port = ports[0].from;
  return out;
}

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x && ((x as IntentResult).kind === 'refusal' || (x as IntentResult).kind === 'commands');

/** The default time a live tool runs when none is said, so the command ends by itself. */
const DEFAULT_SECONDS = 10;

/** "torch ether1", "run torch on the wan interface for 30 seconds", "torch ether1 from 192.168.88.10 port 443". */
export const torchRule: IntentRule = {
  id: 'diagnostics: torch <interface> [from|to <address>] [protocol] [port] [duration]',
  match: (frame) => (leads(frame, 'torch') || opens(frame, (t) => t.normal === 'torch') ? 55 : 0),
  build(frame, options) {
    const example = 'Torch ether1 for 30 seconds';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter((t) => t.normal === 'torch'));
    const names = watchedInterfaces(frame, options, this.id, example);
    if (isResult(names)) return names;
    if (names.length > 1) return refuse(this.id, 'torch watches one interface at a time', example);
    const seconds = durationOf(frame, this.id, example);
    if (isResult(seconds)) return seconds;
    const filters = filtersOf(frame, this.id, example, false);
    if (isResult(filters)) return filters;
    has(frame, 'traffic', 'interface');
    const args: Arg[] = [named('interface', names[0]!)];
    if (filters.src) args.push({ kind: 'named', name: 'src-address', value: filters.src });
    if (filters.dst) args.push({ kind: 'named', name: 'dst-address', value: filters.dst });
    if (filters.protocol) args.push(named('ip-protocol', filters.protocol));
    if (filters.port !== undefined) args.push({ kind: 'named', name: 'port', value: { kind: 'number', value: filters.port } });
    args.push({ kind: 'named', name: 'duration', value: { kind: 'time', text: timeText(seconds ?? DEFAULT_SECONDS) } });
    const warnings = seconds === undefined ? [`No duration was given: torch runs for ${DEFAULT_SECONDS} seconds, so the command ends by itself.`] : [];
    return ok(this.id, [command('/tool', 'torch', args)], warnings);
  },
};

/** "monitor traffic on ether1", "monitor ether1 and ether2 for a minute", "show the traffic on the wan interface". */
export const monitorTrafficRule: IntentRule = {
  id: 'diagnostics: monitor-traffic <interface> [duration]',
  match: (frame) => (leads(frame, 'monitor-traffic') || (opens(frame, (t) => isNoun(t, 'monitor-traffic') || t.normal === 'monitor' || t.normal === 'watch') && frame.interfaces.length + frame.places.length > 0) ? 50 : 0),
  build(frame, options) {
    const example = 'Monitor traffic on ether1';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter((t) => t.normal === 'monitor' || t.normal === 'watch'));
    has(frame, 'monitor-traffic', 'traffic', 'interface', 'bandwidth');
    says(frame, 'usage', 'rate', 'rates', 'load');
    const names = watchedInterfaces(frame, options, this.id, example);
    if (isResult(names)) return names;
    const stray = [...frame.addresses, ...frame.services, ...frame.ports, ...frame.protocols].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `monitor-traffic shows an interface's totals and filters on nothing ("${stray.join('", "')}"); torch filters by address, protocol and port`, 'Torch ether1 from 192.168.88.10');
    const seconds = durationOf(frame, this.id, example);
    if (isResult(seconds)) return seconds;
    const args: Arg[] = [{ kind: 'named', name: 'interface', value: names.length === 1 ? { kind: 'word', text: names[0]! } : { kind: 'list', items: names.map((n) => ({ kind: 'word' as const, text: n })) } }];
    args.push(seconds === undefined ? flag('once') : { kind: 'named', name: 'duration', value: { kind: 'time', text: timeText(seconds) } });
    const warnings = seconds === undefined ? ['No duration was given: `once` shows the current rates one time; say "for 30 seconds" to watch them.'] : [];
    return ok(this.id, [command('/interface', 'monitor-traffic', args)], warnings);
  },
};

/** A file name the sniffer can write (a path under the router's files, no spaces or quotes). */
const FILE = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,99}$/;

/**
 * "sniff packets on ether1", "packet capture on ether1 port 53 for 30 seconds", "capture packets on ether1 to a file
 * named cap1": shown on the terminal (`quick`), or saved to a file (the settings, then `start`, a delay and `stop`).
 */
export const snifferRule: IntentRule = {
  id: 'diagnostics: sniffer [quick | to a file] <interface> [address] [protocol] [port] [duration]',
  match: (frame) => (opens(frame, (t) => isNoun(t, 'sniffer') || t.normal === 'sniff') ? 55 : 0),
  build(frame, options) {
    const example = 'Capture packets on ether1 port 53 for 30 seconds';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter((t) => t.normal === 'sniff'));
    has(frame, 'traffic');
    const names = watchedInterfaces(frame, options, this.id, example);
    if (isResult(names)) return names;
    const seconds = durationOf(frame, this.id, example);
    if (isResult(seconds)) return seconds;
    const fileAt = indexOf(frame, (t) => isNoun(t, 'file'));
    // "save to cap.pcap": a name with the capture file's extension is the file, "file" said or not.
    const pcapAt = indexOf(frame, (t) => /\.pcap$/i.test(t.technical?.kind === 'name' ? t.technical.text : t.text) && !isNoun(t, 'sniffer'));
    const file = fileAt >= 0 ? valueAfter(frame, fileAt, { plainWords: true }) : pcapAt >= 0 ? valueAfter(frame, pcapAt - 1, { plainWords: true }) : undefined;
    const filters = filtersOf(frame, this.id, example, true, file ? frame.terms[file.index] : undefined);
    if (isResult(filters)) return filters;
    if (fileAt >= 0 && !file) return refuse(this.id, 'it does not say what to name the file', 'Capture packets on ether1 to a file named cap1 for 60 seconds');
    if (file && !FILE.test(file.text)) return refuse(this.id, `"${file.text}" is not a file name the sniffer can write (letters, digits, . - _ and /)`, example);
    if (file) says(frame, 'named', 'called', 'save', 'saved', 'write');
    // (One name is a word: a one-item list prints the same and reads back as a word.)
    const ifaces: Value = names.length === 1 ? { kind: 'word', text: names[0]! } : { kind: 'list', items: names.map((n) => ({ kind: 'word' as const, text: n })) };
    const time = timeText(seconds ?? DEFAULT_SECONDS);
    // "sniff ether2 quick": RouterOS's `quick`, the packets shown on the terminal; never with a file.
    const quick = says(frame, ...SNIFFER_QUICK_WORDS);
    if (quick && file) return refuse(this.id, '"quick" shows the packets on the terminal, and a file capture saves them; ask for one', example);
    if (!file) {
      const args: Arg[] = [{ kind: 'named', name: 'interface', value: ifaces }];
      if (filters.any) args.push({ kind: 'named', name: 'ip-address', value: filters.any });
      if (filters.src) args.push({ kind: 'named', name: 'src-ip-address', value: filters.src });
      if (filters.dst) args.push({ kind: 'named', name: 'dst-ip-address', value: filters.dst });
      if (filters.protocol) args.push(named('ip-protocol', filters.protocol));
      if (filters.port !== undefined) args.push({ kind: 'named', name: 'port', value: { kind: 'number', value: filters.port } });
      args.push({ kind: 'named', name: 'duration', value: { kind: 'time', text: time } });
      const warnings = seconds === undefined ? [`No duration was given: the capture is shown for ${DEFAULT_SECONDS} seconds, so the command ends by itself; say "to a file named cap1" to save it.`] : [];
      return ok(this.id, [command('/tool sniffer', 'quick', args)], warnings);
    }
    const name = file.text.replace(/\.pcap$/i, '');
    const settings: Arg[] = [{ kind: 'named', name: 'file-name', value: str(`${name}.pcap`) }, { kind: 'named', name: 'filter-interface', value: ifaces }];
    if (filters.any) settings.push({ kind: 'named', name: 'filter-ip-address', value: filters.any });
    if (filters.src) settings.push({ kind: 'named', name: 'filter-src-ip-address', value: filters.src });
    if (filters.dst) settings.push({ kind: 'named', name: 'filter-dst-ip-address', value: filters.dst });
    if (filters.protocol) settings.push(named('filter-ip-protocol', filters.protocol));
    if (filters.port !== undefined) settings.push({ kind: 'named', name: 'filter-port', value: { kind: 'number', value: filters.port } });
    const commands = [
      command('/tool sniffer', 'set', settings),
      command('/tool sniffer', 'start', []),
      command([], 'delay', [{ kind: 'positional', value: { kind: 'time', text: time } }]),
      command('/tool sniffer', 'stop', []),
    ];
    const warnings = [
      `The capture is saved as ${name}.pcap in the router's files (open it with Wireshark); filters set earlier and not named here stay as they were (/tool sniffer print shows them).`,
      ...(seconds === undefined ? [`No duration was given: the capture runs for ${DEFAULT_SECONDS} seconds, then stops.`] : []),
    ];
    return ok(this.id, commands, warnings);
  },
};

/** "run a bandwidth test to 10.0.0.2", "btest 10.0.0.2 udp both directions for 30 seconds", "bandwidth test to 10.0.0.2 upload with user admin password x". */
export const bandwidthTestRule: IntentRule = {
  id: 'diagnostics: bandwidth-test <address> [tcp|udp] [direction] [duration] [user, password]',
  // ("block btest from bridge1", "stop bandwidth test from the wan": the firewall's; only running one is this rule's.)
  match: (frame) => (has(frame, 'btest-client') && !has(frame, 'btest') && (frame.actions.length === 0 || leads(frame, 'run', 'enable', 'add', 'connect')) ? 55 : 0),
  build(frame) {
    const example = 'Run a bandwidth test to 10.0.0.2 with tcp in both directions for 30 seconds';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    const targets = frame.addresses.filter((a) => a.role !== 'from');
    if (targets.length !== 1) return refuse(this.id, targets.length === 0 ? 'it does not say which device to test against (the address of a RouterOS device with the bandwidth test server on)' : 'test against one address at a time', example);
    const target = targets[0]!.value;
    if (target.kind !== 'ip' && target.kind !== 'ip6') return refuse(this.id, `${targets[0]!.term.text} is not one IP address (the test connects to another RouterOS device's bandwidth test server)`, example);
    if (target.kind === 'ip' && target.port !== undefined) return refuse(this.id, 'the bandwidth test does not take a port', example);
    const protocols = [...new Set(frame.protocols.map((p) => p.value))];
    if (protocols.some((p) => p !== 'tcp' && p !== 'udp') || protocols.length > 1) return refuse(this.id, 'the bandwidth test runs over tcp or udp, one of them', example);
    const up = has(frame, 'transmit', 'upload');
    const down = has(frame, 'receive', 'download');
    const both = has(frame, 'both-directions') || (up && down) || says(frame, 'both');
    const direction = both ? 'both' : up ? 'transmit' : down ? 'receive' : undefined;
    // "receive only", "upload only": one direction.
    if (direction) has(frame, 'direction', ...(direction === 'both' ? [] : ['only']));
    const seconds = durationOf(frame, this.id, example);
    if (isResult(seconds)) return seconds;
    const args: Arg[] = [{ kind: 'named', name: 'address', value: addressValue(target) }];
    const protocol = protocols[0] ?? 'tcp';
    args.push(named('protocol', protocol), named('direction', direction ?? 'both'));
    args.push({ kind: 'named', name: 'duration', value: { kind: 'time', text: timeText(seconds ?? DEFAULT_SECONDS) } });
    const warnings: string[] = [];
    const userAt = indexOf(frame, (t) => isNoun(t, 'user', 'username'));
    const user = userAt >= 0 ? valueAfter(frame, userAt, { plainWords: true }) : undefined;
    if (userAt >= 0 && !user) return refuse(this.id, 'it does not say which user to log in as', example);
    const secret = secretOf(frame);
    if (secret) {
      claim(frame.terms[secret.index]);
      has(frame, 'password');
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, example);
    }
    if (user) args.push({ kind: 'named', name: 'user', value: str(user.text) });
    if (secret) args.push({ kind: 'named', name: 'password', value: str(secret.text) });
    if (user && user.text.length > 32) return refuse(this.id, 'the user name is over 32 characters, which the bandwidth test does not take', example);
    if (secret && secret.text.length > 32) return refuse(this.id, 'the password is over 32 characters, which the bandwidth test does not take', example);
    if (!protocols[0]) warnings.push('No protocol was given: TCP is used (RouterOS defaults to UDP, which measures without congestion control and can fill the link).');
    if (!direction) warnings.push('No direction was given: the test runs in both directions.');
    if (seconds === undefined) warnings.push(`No duration was given: the test runs for ${DEFAULT_SECONDS} seconds, so the command ends by itself.`);
    if (!user) warnings.push('No user was given: the other device\'s bandwidth test server must not ask for one (authenticate=no there), or add "user NAME password ..." to log in as a user of that device.');
    warnings.push('A bandwidth test loads the link and both routers\' CPUs while it runs; avoid it on a production link at busy hours.');
    return ok(this.id, [command('/tool', 'bandwidth-test', args)], warnings);
  },
};

export const TOOL_RULES: readonly IntentRule[] = [torchRule, monitorTrafficRule, snifferRule, bandwidthTestRule];
