/**
 * Certificates (manual: Certificates, SSTP, IP > Services): a self-signed chain made on the router — a CA that signs
 * certificates and a server certificate it signs for the name clients connect to — and using a certificate for the
 * router's HTTPS (www-ssl), API-SSL or the SSTP server.
 *
 * The server certificate's common name is the name or address clients connect to, and must be said: a browser or an
 * SSTP client checks it. The CA is named `local-ca` and the server certificate after its common name unless named.
 * www-ssl and the SSTP server both listen on TCP 443 by default, so one request turns on one of them.
 */
import { command, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { addressText } from '../traffic.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, building, has, says } from '../words.js';
import { changesOnly } from '../traits.js';
import { valueAfter } from '../../slots/values.js';
import { CERTIFICATE_WORDS, NAMING_WORDS, SERVER_WORDS } from '../../../grammar/english/peering.js';

export const CA_NAME = 'local-ca';
const EXAMPLE = 'Create a self-signed certificate for router.example.com and use it for www-ssl';

/** What a certificate is used for, by the service the clause names. */
type Use = 'www-ssl' | 'api-ssl' | 'sstp';
const USES: Readonly<Record<string, Use>> = { https: 'www-ssl', 'api-ssl': 'api-ssl', sstp: 'sstp' };

/** The services the clause names a certificate for; a refusal when it names one that takes none. */
function usesOf(frame: Frame): Use[] | IntentResult {
  const uses: Use[] = [];
  for (const s of frame.services) {
    const use = USES[s.value.name];
    if (!use) return refuse('certificates', `${s.term.text} does not use a certificate this generator sets (www-ssl/https, api-ssl, the SSTP server)`, EXAMPLE);
    if (!uses.includes(use)) uses.push(use);
  }
  if (uses.includes('www-ssl') && uses.includes('sstp')) {
    return refuse('certificates', 'www-ssl and the SSTP server both listen on TCP port 443 by default; ask for one of them (or move www-ssl to another port first: "set the www-ssl port to 8443")', EXAMPLE);
  }
  says(frame, ...SERVER_WORDS);
  return uses;
}

/** A name RouterOS reads as a plain word (an address or a number would be read as one, so those are quoted). */
const plainName = (name: string): boolean => /^[A-Za-z][\w.-]*$/.test(name);

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x && 'rule' in x;

/** The commands that put certificate `name` to use, and what the user must know about them. */
function useCommands(name: string, uses: readonly Use[]): { commands: Command[]; warnings: string[] } {
  const commands: Command[] = [];
  const warnings: string[] = [];
  for (const use of uses) {
    if (use === 'sstp') {
      commands.push(command('/interface sstp-server server', 'set', { enabled: 'yes', certificate: plainName(name) ? { kind: 'word', text: name } : str(name) }));
      warnings.push('The SSTP server listens on TCP 443: accept it in the input chain from where clients connect, and add a PPP secret per user (service sstp); clients must trust the CA.');
    } else {
      commands.push(command('/ip service', 'set', [{ kind: 'positional', value: { kind: 'word', text: use } }, { kind: 'named', name: 'certificate', value: plainName(name) ? { kind: 'word', text: name } : str(name) }, { kind: 'named', name: 'disabled', value: { kind: 'word', text: 'no' } }]));
      warnings.push(`${use} is turned on with the certificate (TCP ${use === 'www-ssl' ? 443 : 8729}); limit who reaches it (/ip service set ${use} address=<your management network>) and keep it closed from the WAN.`);
    }
  }
  return { commands, warnings };
}

/** "create a self-signed certificate for router.example.com", "... and use it for www-ssl", "enable sstp with a self-signed cert for vpn.example.com". */
export const selfSignedRule: IntentRule = {
  id: 'certificates: self-signed ca + server certificate <common name> [for www-ssl|api-ssl|sstp]',
  match: (frame) => (has(frame, 'certificate', 'self-signed') && !frame.nouns.has('it') && building(frame) ? 60 : 0),
  build(frame) {
    has(frame, 'certificate', 'self-signed', 'ca');
    says(frame, ...CERTIFICATE_WORDS);
    const uses = usesOf(frame);
    if (isResult(uses)) return uses;
    // The common name: the host name or address clients connect to, or quoted text after "common name".
    const cnAt = frame.terms.findIndex((t) => t.meanings.some((m) => m.type === 'noun' && m.value === 'common-name'));
    const quoted = cnAt >= 0 ? valueAfter(frame, cnAt) : undefined;
    if (cnAt >= 0) claim(frame.terms[cnAt]);
    const hosts = frame.addresses.filter((a) => a.value.kind === 'hostname' || (a.value.kind === 'ip' && a.value.port === undefined) || (a.value.kind === 'ip6' && a.value.length === undefined));
    const other = frame.addresses.find((a) => !hosts.includes(a));
    if (other) return refuse(this.id, `${other.term.text} is not a name or address clients connect to`, EXAMPLE);
    const quotedIsHost = quoted !== undefined && hosts.some((h) => frame.terms.indexOf(h.term) === quoted.index);
    if (hosts.length + (quoted && !quotedIsHost ? 1 : 0) > 1) return refuse(this.id, 'one name per certificate here (the name or address clients connect to)', EXAMPLE);
    const host = hosts[0]?.value;
    const commonName = quoted && !quotedIsHost ? quoted.text : host ? addressText(host) : undefined;
    if (quoted) claim(frame.terms[quoted.index]);
    if (!commonName) return refuse(this.id, 'it does not say the name or address clients connect to (the certificate\'s common name, e.g. "for router.example.com")', EXAMPLE);
    if (!/^[\w.:*-]+$/.test(commonName)) return refuse(this.id, 'the common name is a host name or address (letters, digits, dots, hyphens)', EXAMPLE);
    const namedAt = frame.terms.findIndex((t) => NAMING_WORDS.includes(t.normal));
    const named = namedAt >= 0 ? valueAfter(frame, namedAt) : undefined;
    if (namedAt >= 0 && !named) return refuse(this.id, 'it says "named" without the name', EXAMPLE);
    if (named) claim(frame.terms[namedAt], frame.terms[named.index]);
    const stray = [...frame.ports, ...frame.numbers, ...frame.interfaces].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of the certificate this generator writes (its common name, a name, the service that uses it)`, EXAMPLE);
    const name = named?.text ?? commonName;
    if (name === CA_NAME) return refuse(this.id, `${CA_NAME} is the CA's name here; give the certificate another name`, EXAMPLE);
    const isIp = host !== undefined && host.kind !== 'hostname';
    const commands: Command[] = [
      command('/certificate', 'add', { name: CA_NAME, 'common-name': CA_NAME, 'key-usage': 'key-cert-sign,crl-sign' }),
      command('/certificate', 'sign', [{ kind: 'positional', value: { kind: 'word', text: CA_NAME } }]),
      command('/certificate', 'add', {
        name: plainName(name) ? { kind: 'word', text: name } : str(name), 'common-name': str(commonName), 'subject-alt-name': str(`${isIp ? 'IP' : 'DNS'}:${commonName}`),
        'key-usage': 'digital-signature,key-encipherment,tls-server',
      }),
      command('/certificate', 'sign', [{ kind: 'positional', value: plainName(name) ? { kind: 'word', text: name } : str(name) }, { kind: 'named', name: 'ca', value: { kind: 'word', text: CA_NAME } }]),
    ];
    const used = useCommands(name, uses);
    commands.push(...used.commands);
    const warnings = [
      `A CA (${CA_NAME}) is made on the router and signs the certificate for ${commonName}, both valid for 365 days; signing takes a few seconds. Clients trust it only after you export the CA (/certificate export-certificate ${CA_NAME}) and import it on them as a trusted root.`,
      ...used.warnings,
    ];
    return { kind: 'commands', rule: this.id, commands, warnings, referent: { kind: 'certificate', name } };
  },
};

/** "use it for www-ssl" (after a certificate was made), "use certificate router.example.com for the sstp server". */
export const useCertificateRule: IntentRule = {
  id: 'certificates: use <certificate|it> for www-ssl|api-ssl|sstp',
  match: (frame) => ((has(frame, 'certificate') || (frame.referent?.kind === 'certificate' && frame.nouns.has('it'))) && asks(frame, 'use', 'set', 'add', 'enable') &&
    frame.services.length > 0 && !has(frame, 'self-signed') ? 65 : 0),
  build(frame) {
    const fromIt = frame.referent?.kind === 'certificate' && frame.nouns.has('it') ? frame.referent.name : undefined;
    has(frame, 'certificate');
    const uses = usesOf(frame);
    if (isResult(uses)) return uses;
    const at = frame.terms.findIndex((t) => t.meanings.some((m) => m.type === 'noun' && m.value === 'certificate'));
    const given = at >= 0 ? valueAfter(frame, at) : undefined;
    const hostAfter = at >= 0 ? frame.addresses.find((a) => frame.terms.indexOf(a.term) === at + 1 && a.value.kind === 'hostname') : undefined;
    const name = fromIt ?? given?.text ?? (hostAfter?.value.kind === 'hostname' ? hostAfter.value.name : undefined);
    if (given) claim(frame.terms[given.index]);
    if (!name) return refuse(this.id, 'it does not say which certificate (its name: "use certificate router.example.com for www-ssl")', EXAMPLE);
    const stray = [...frame.ports, ...frame.numbers, ...frame.interfaces, ...frame.addresses.filter((a) => a !== hostAfter)].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of setting a service's certificate`, EXAMPLE);
    const used = useCommands(name, uses);
    return { kind: 'commands', rule: this.id, commands: used.commands, warnings: used.warnings };
  },
};

export const CERTIFICATES_FAMILY: IntentFamily = {
  id: 'certificates',
  example: EXAMPLE,
  summary: 'certificates (a self-signed CA and server certificate, used for www-ssl, api-ssl or the SSTP server)',
  rules: changesOnly([selfSignedRule, useCertificateRule]),
};
