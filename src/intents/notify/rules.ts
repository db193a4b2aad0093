/**
 * Notifications by e-mail (manual: Tools > E-mail): the router's SMTP settings, sending one message, and a backup
 * saved and sent by e-mail (which the scheduler family repeats: "every day at 3am"). Passwords are written into the
 * script only, never into a note.
 *
 * Facts: `/tool e-mail set` takes server (an address or host name), port, tls (no, yes, starttls), from, user and
 * password; `/tool e-mail send` takes to, cc, subject, body and file, and uses those settings. Port 465 is TLS from
 * the first byte (tls=yes), 587 the submission port that upgrades with STARTTLS (tls=starttls); RouterOS's own
 * defaults are port 25 without TLS, which public mail services refuse.
 */
import { command, str } from '../../ast/build.js';
import type { Arg } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { addressValue } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { has, indexOf, isNoun, leads, says, techs, type Tech } from '../words.js';
import { freeTextAfter, secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';
import { EMAIL_PART_NOUNS, NAME_GIVING_WORDS } from '../../../grammar/english/classes.js';
import { MAIL_DIRECTION_WORDS, SENDER_LABELS } from '../../../grammar/english/cues.js';
import type { Term } from '../../nlp/analyze.js';

const SETTINGS_EXAMPLE = 'Set up email with server smtp.example.com port 587 user alerts@example.com password "S3cret-pass"';
const SEND_EXAMPLE = 'Send an email to ops@example.com with subject "Router up" and body "All good"';
const BACKUP_EXAMPLE = 'Email a backup to ops@example.com every day at 3am';

const saysEmail = (frame: Frame): boolean => has(frame, 'email', 'smtp-server') || frame.services.some((s) => s.value.name === 'smtp');

/** "email settings server mail.example.org 465 ...": no verb, the e-mail settings or server named, as a request to set them. */
const settingsWithoutVerb = (frame: Frame): boolean =>
  frame.actions.length === 0 && !frame.negated && (has(frame, 'config', 'smtp-server') || frame.terms.some((t) => t.normal === 'server'));

/** The e-mail addresses of the clause, each with the word before it ("to", "from", "cc", "user"). */
function emails(frame: Frame): { text: string; index: number; before: string }[] {
  return techs(frame, 'email').map((e: { tech: Tech<'email'>; index: number }) => ({ text: e.tech.text, index: e.index, before: frame.terms[e.index - 1]?.normal ?? '' }));
}

/**
 * The text after a label noun ("subject \"Router up\"", "subject test body hello", "with subject alert and body router
 * up"): quoted, or unquoted up to the next part of the message (subject, body, cc, file, or "to" before an address)
 * or the end of the clause (`freeTextAfter`), claimed with its label. Returns the text and the terms it took.
 */
function labelled(frame: Frame, noun: string): { text: string; terms: readonly Term[] } | undefined | IntentResult {
  const at = indexOf(frame, (t) => isNoun(t, noun));
  if (at < 0) return undefined;
  const toAddress = (j: number): boolean => MAIL_DIRECTION_WORDS.has(frame.terms[j]?.normal ?? '') && frame.terms[j + 1]?.technical?.kind === 'email';
  const value = freeTextAfter(frame, at, EMAIL_PART_NOUNS, (j) => frame.terms[j]?.technical?.kind === 'email' || toAddress(j));
  if (value && 'ambiguous' in value) return refuse('notify', `it is not clear where the ${noun} ends ("${value.ambiguous}" may be part of it or of the request); put the ${noun} in double quotes`, SEND_EXAMPLE);
  if (!value) return refuse('notify', `it names a ${noun} but does not give it; put it in double quotes`, SEND_EXAMPLE);
  return value;
}

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x;

/** "set up email with server smtp.gmail.com port 587 user me@gmail.com password x", "configure the smtp server 10.0.0.25". */
export const emailSettingsRule: IntentRule = {
  id: 'notify: e-mail settings <server> [port] [tls] [user] [password] [from]',
  match: (frame) => (saysEmail(frame) && (leads(frame, 'add', 'set') || says(frame, 'use') || settingsWithoutVerb(frame)) && !has(frame, 'backup') && !leads(frame, 'send') ? 55 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', SETTINGS_EXAMPLE);
    saysEmail(frame);
    const hosts = frame.addresses.filter((a) => a.value.kind === 'hostname' || a.value.kind === 'ip' || a.value.kind === 'ip6');
    if (frame.addresses.length !== hosts.length) return refuse(this.id, `${frame.addresses.find((a) => !hosts.includes(a))!.term.text} is not the mail server's address or host name`, SETTINGS_EXAMPLE);
    if (hosts.length === 0) return refuse(this.id, 'it does not say which mail (SMTP) server to use', SETTINGS_EXAMPLE);
    if (hosts.length > 1) return refuse(this.id, 'it names more than one mail server; RouterOS sends through one', SETTINGS_EXAMPLE);
    const host = hosts[0]!.value;
    if (host.kind === 'ip' && host.port !== undefined && frame.ports.length > 0) return refuse(this.id, 'it gives the port twice', SETTINGS_EXAMPLE);
    has(frame, 'host');
    says(frame, 'server');
    has(frame, 'config');
    // "server mail.example.org 465": a number right after the server is its port.
    const hostAt = frame.terms.indexOf(hosts[0]!.term);
    const bare = frame.numbers.filter((n) => frame.terms.indexOf(n.term) === hostAt + 1 && Number.isInteger(n.value) && n.value >= 1 && n.value <= 65535);
    if (frame.numbers.length > bare.length) return refuse(this.id, `it is not clear what ${frame.numbers.find((n) => !bare.includes(n))!.term.text} is; say "port ${frame.numbers.find((n) => !bare.includes(n))!.term.text}" for the server's port`, SETTINGS_EXAMPLE);
    for (const n of bare) claim(n.term);
    const ports = [...frame.ports.map((p) => p.value), ...bare.map((n) => ({ from: n.value, to: n.value }))];
    if (ports.length > 1 || ports.some((p) => p.from !== p.to)) return refuse(this.id, 'the mail server has one port', SETTINGS_EXAMPLE);
    let port = ports[0]?.from ?? (host.kind === 'ip' ? host.port : undefined);
    const wantsStarttls = has(frame, 'starttls');
    const wantsTls = !wantsStarttls && has(frame, 'tls');
    const noTls = wantsTls && says(frame, 'without', 'no');
    let tls: 'yes' | 'starttls' | 'no' | undefined = wantsStarttls ? 'starttls' : noTls ? 'no' : wantsTls ? 'yes' : undefined;
    const warnings: string[] = [];
    if (tls === undefined && port === 465) tls = 'yes';
    else if (tls === undefined && port === 587) tls = 'starttls';
    if (tls !== undefined && ports.length === 0 && port === undefined) {
      port = tls === 'yes' ? 465 : tls === 'starttls' ? 587 : 25;
      warnings.push(`No port was given: ${port} is used (the usual port for ${tls === 'no' ? 'mail without TLS' : tls === 'yes' ? 'TLS' : 'STARTTLS'}).`);
    } else if (tls !== undefined && !wantsStarttls && !wantsTls) {
      warnings.push(`tls=${tls} is used, as port ${port} expects${tls === 'yes' ? ' (TLS from the start)' : ' (STARTTLS)'}; say "without tls" if your server does not.`);
    }
    if (port === undefined && tls === undefined) {
      port = 587;
      tls = 'starttls';
      warnings.push('No port or TLS was given: port 587 with STARTTLS is used (mail submission; RouterOS\'s own default, port 25 without TLS, is refused by most mail services). Say the port (465 for TLS, 25 for plain SMTP) if yours differs.');
    }
    if (port === 25 && tls === undefined) tls = 'no';
    const userAt = indexOf(frame, (t) => isNoun(t, 'user', 'username') || t.normal === 'login');
    const all = emails(frame);
    let user: string | undefined;
    if (userAt >= 0) {
      const given = all.find((e) => e.index === userAt + 1) ?? valueAfter(frame, userAt, { plainWords: true });
      if (!given) return refuse(this.id, 'it does not say which user to log in as', SETTINGS_EXAMPLE);
      user = given.text;
      claim(frame.terms[userAt], frame.terms[given.index]);
    }
    const fromEmail = all.find((e) => SENDER_LABELS.has(e.before) && e.index !== userAt + 1);
    const others = all.filter((e) => e !== fromEmail && e.index !== userAt + 1);
    if (others.length > 0) return refuse(this.id, `it is not clear what ${others[0]!.text} is; say "user ${others[0]!.text}" for the login or "from ${others[0]!.text}" for the sender`, SETTINGS_EXAMPLE);
    if (fromEmail) claim(frame.terms[fromEmail.index]);
    says(frame, 'sender');
    const secret = secretOf(frame);
    if (secret) {
      claim(frame.terms[secret.index]);
      has(frame, 'password');
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, SETTINGS_EXAMPLE);
      warnings.push(...secretWarnings(secret));
    }
    if (user && user.length > 255) return refuse(this.id, 'the user name is over 255 characters', SETTINGS_EXAMPLE);
    if (secret && secret.text.length > 255) return refuse(this.id, 'the password is over 255 characters', SETTINGS_EXAMPLE);
    let from = fromEmail?.text;
    if (!from && user?.includes('@')) {
      from = user;
      warnings.push(`No sender was given: mail is sent from ${user}, the login (most services refuse another sender).`);
    }
    if (!from) warnings.push('No sender (from) was given: RouterOS sends from an empty address, which many servers refuse; add "from alerts@example.com".');
    if (user && !secret) warnings.push('A user was given without a password; add password "..." if the server asks for one.');
    if (tls === 'no' && secret) warnings.push('The password goes to the server without encryption (no TLS).');
    const args: Arg[] = [{ kind: 'named', name: 'server', value: addressValue(host.kind === 'ip' ? { kind: 'ip', address: host.address } : host) }];
    if (port !== undefined) args.push({ kind: 'named', name: 'port', value: { kind: 'number', value: port } });
    if (tls !== undefined) args.push({ kind: 'named', name: 'tls', value: { kind: 'word', text: tls } });
    if (from) args.push({ kind: 'named', name: 'from', value: str(from) });
    if (user) args.push({ kind: 'named', name: 'user', value: str(user) });
    if (secret) args.push({ kind: 'named', name: 'password', value: str(secret.text) });
    return ok(this.id, [command('/tool e-mail', 'set', args)], warnings);
  },
};

/** The recipient: one e-mail address after "to" (or the only one); cc after "cc". */
function recipients(frame: Frame, example: string): { to: string; cc?: string } | IntentResult {
  const all = emails(frame);
  const cc = all.filter((e) => e.before === 'cc');
  const to = all.filter((e) => !cc.includes(e));
  if (to.length === 0) return refuse('notify', 'it does not say which e-mail address to send to', example);
  if (to.length > 1 || cc.length > 1) return refuse('notify', 'send to one address (and at most one cc) at a time', example);
  claim(...[...to, ...cc].map((e) => frame.terms[e.index]));
  if (cc[0]) says(frame, 'cc');
  return cc[0] ? { to: to[0]!.text, cc: cc[0].text } : { to: to[0]!.text };
}

/** "send an email to ops@example.com with subject \"Router up\"", "email ops@example.com the file log.txt". */
export const sendRule: IntentRule = {
  id: 'notify: send an e-mail <to> [subject] [body] [file]',
  match: (frame) => (saysEmail(frame) && (techs(frame, 'email').length > 0 || leads(frame, 'send')) && !has(frame, 'backup') && !leads(frame, 'add', 'set') && !settingsWithoutVerb(frame) ? 55 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', SEND_EXAMPLE);
    saysEmail(frame);
    says(frame, 'send');
    const to = recipients(frame, SEND_EXAMPLE);
    if (isResult(to)) return to;
    const given = labelled(frame, 'subject');
    if (isResult(given)) return given;
    const body = labelled(frame, 'body');
    if (isResult(body)) return body;
    const inText = new Set([...(given?.terms ?? []), ...(body?.terms ?? [])]);
    // "send a test email": a message that says what it is.
    const subject = given === undefined && says(frame, 'test') ? 'Test message from RouterOS' : given?.text;
    const fileAt = indexOf(frame, (t) => isNoun(t, 'file', 'attachment'));
    const file = fileAt >= 0 ? valueAfter(frame, fileAt, { plainWords: true }) : undefined;
    if (fileAt >= 0 && !file) return refuse(this.id, 'it does not say which file to attach', SEND_EXAMPLE);
    if (file) claim(frame.terms[file.index]);
    const stray = [...frame.addresses, ...frame.interfaces, ...frame.ports, ...frame.numbers].map((s) => s.term).filter((t) => !inText.has(t)).map((t) => t.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of an e-mail this generator sends (to, cc, subject, body, file)`, SEND_EXAMPLE);
    const args: Arg[] = [{ kind: 'named', name: 'to', value: str(to.to) }];
    if (to.cc) args.push({ kind: 'named', name: 'cc', value: str(to.cc) });
    if (subject !== undefined) args.push({ kind: 'named', name: 'subject', value: str(subject) });
    if (body !== undefined) args.push({ kind: 'named', name: 'body', value: str(body.text) });
    if (file) args.push({ kind: 'named', name: 'file', value: str(file.text) });
    const warnings = ['The message goes through the /tool e-mail settings (server, port, TLS, login): set them first ("set up email with server ...").'];
    if (subject === undefined) warnings.push('No subject was given: the message has an empty subject.');
    return ok(this.id, [command('/tool e-mail', 'send', args)], warnings);
  },
};

/** Whether every "backup" of the clause comes after a subject or body label, so is part of its text. */
function backupInText(frame: Frame): boolean {
  const label = indexOf(frame, (t) => isNoun(t, 'subject', 'body'));
  return label >= 0 && frame.terms.every((t, i) => !isNoun(t, 'backup') || i > label);
}

/** A backup file name RouterOS takes (no spaces or quotes). */
const FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/**
 * "email a backup to ops@example.com", "send the backup by email to ops@example.com" (with "every day at 3am" the
 * scheduler family wraps it): save the backup, wait for the file, send it as an attachment.
 */
export const backupEmailRule: IntentRule = {
  id: 'notify: backup save + e-mail send <to> [name] [password]',
  // "backup" in a subject or body ("... subject backup done") is text, not the request.
  match: (frame) => (saysEmail(frame) && has(frame, 'backup') && techs(frame, 'email').length > 0 && !backupInText(frame) ? 60 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', BACKUP_EXAMPLE);
    saysEmail(frame);
    has(frame, 'backup', 'config');
    says(frame, 'send', 'save', 'take', 'make');
    const to = recipients(frame, BACKUP_EXAMPLE);
    if (isResult(to)) return to;
    const namedAt = indexOf(frame, (t) => NAME_GIVING_WORDS.has(t.normal));
    const named = namedAt >= 0 ? valueAfter(frame, namedAt, { plainWords: true }) : undefined;
    if (namedAt >= 0 && !named) return refuse(this.id, 'it does not say what to name the backup', BACKUP_EXAMPLE);
    if (named && !FILE.test(named.text)) return refuse(this.id, `"${named.text}" is not a backup name RouterOS takes (letters, digits, . - _)`, BACKUP_EXAMPLE);
    if (named) claim(frame.terms[named.index]);
    const given = labelled(frame, 'subject');
    if (isResult(given)) return given;
    const subject = given?.text;
    const stray = [...frame.addresses, ...frame.interfaces, ...frame.ports, ...frame.numbers].map((s) => s.term).filter((t) => !given?.terms.includes(t)).map((t) => t.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of e-mailing a backup`, BACKUP_EXAMPLE);
    const secret = secretOf(frame);
    const warnings: string[] = [];
    if (secret) {
      claim(frame.terms[secret.index]);
      has(frame, 'password');
      says(frame, 'encrypted', 'encrypt');
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, BACKUP_EXAMPLE);
      warnings.push(...secretWarnings(secret));
    } else {
      warnings.push('No password was given: the backup is sent unencrypted, and it holds the router\'s users and keys; ask again with "encrypted with password \\"...\\"" to encrypt it.');
    }
    const name = (named?.text ?? 'email-backup').replace(/\.backup$/i, '');
    const save: Arg[] = [{ kind: 'named', name: 'name', value: str(name) }];
    if (secret) save.push({ kind: 'named', name: 'password', value: str(secret.text) });
    const send: Arg[] = [{ kind: 'named', name: 'to', value: str(to.to) }];
    if (to.cc) send.push({ kind: 'named', name: 'cc', value: str(to.cc) });
    send.push({ kind: 'named', name: 'subject', value: str(subject ?? `RouterOS backup ${name}`) }, { kind: 'named', name: 'file', value: str(`${name}.backup`) });
    warnings.push(`The backup is saved as ${name}.backup (replacing an earlier file of that name), then sent after a 5-second wait so the file is complete.`);
    warnings.push('The message goes through the /tool e-mail settings (server, port, TLS, login): set them first ("set up email with server ...").');
    return ok(this.id, [
      command('/system backup', 'save', save),
      command([], 'delay', [{ kind: 'positional', value: { kind: 'time', text: '5s' } }]),
      command('/tool e-mail', 'send', send),
    ], warnings);
  },
};

export const NOTIFY_FAMILY: IntentFamily = {
  id: 'notify',
  reads: { nouns: ['email', 'smtp-server'] },
  example: SEND_EXAMPLE,
  summary: 'e-mail notifications (the /tool e-mail settings, sending a message, a backup sent by e-mail)',
  rules: [emailSettingsRule, sendRule, backupEmailRule],
};
