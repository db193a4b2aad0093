/**
 * Router users and groups (manual: System > User): add a user with a group
 * and password, change a password, disable, enable or remove a user, add a
 * group. Passwords only ever enter the script through str() and never a
 * message.
 */
import { command, str } from '../../ast/build.js';
import type { Value } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { addressText, addressValue } from '../traffic.js';
import { BUILT_IN_GROUPS, GROUP_POLICY_WORDS, LOGIN_POLICY_WORDS } from '../../../grammar/english/admin.js';
import { ACCOUNT_WORDS, INTO_WORDS, NOT_USER_NAMES, OBJECT_PRONOUNS, OF_WORDS, OWN_SECRET_SERVICES, WHILE_WORDS } from '../../../grammar/english/cues.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, leads, mixedTargets, says, techs, whenWord } from '../words.js';
import { changesOnly } from '../traits.js';
import { ARTICLES } from '../../../grammar/english/classes.js';
import { type GivenValue, secondName, secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';

/** Words that make a clause another family's (Wi-Fi, VPN, PPPoE passwords), or traffic ("stop port 16656 from users": the LAN's users). */
const notRouterUser = (frame: Frame): boolean =>
  frame.ports.length + frame.protocols.length > 0 || frame.places.some((p) => p.value !== 'router' && p.role === 'from') ||
  has(frame, 'wifi', 'ssid', 'passphrase', 'ppp-secret', 'pppoe', 'l2tp-server', 'vpn', 'peer', 'ipsec-secret', 'backup', 'community', 'profile') ||
  frame.services.some((s) => OWN_SECRET_SERVICES.has(s.value.name));

/** "bob's" → "bob": a name said as an owner, when nothing in the lexicon explains it. */
function ownerBefore(frame: Frame, i: number): GivenValue | undefined {
  const before = frame.terms[i - 1];
  const owner = before?.text.replace(/['’]s$/, '');
  return before && owner && before.meanings.length === 0 && !before.technical && /^[\w.-]+$/.test(owner) ? { text: owner, quoted: false, index: i - 1 } : undefined;
}

/**
 * "the password of admin": the scanner reads the word after "password of" as the password itself;
 * here it is whose password it is, and the new password comes after "to".
 */
function passwordOfOwner(frame: Frame): { owner: GivenValue | undefined; secret: { text: string; index: number; trailing: string } | undefined } | undefined {
  const found = techs(frame, 'secret')[0];
  if (!found || frame.terms[found.index - 1]?.normal !== 'of' || !isNoun(frame.terms[found.index - 2], 'password')) return undefined;
  const word = found.tech.text;
  const owner = ACCOUNT_WORDS.has(word.toLowerCase()) ? valueAfter(frame, found.index) : /^[\w.-]+$/.test(word) ? { text: word, quoted: false, index: found.index } : undefined;
  const toAt = indexOf(frame, (t) => t.normal === 'to', found.index + 1);
  const given = toAt >= 0 ? valueAfter(frame, toAt) : undefined;
  return { owner, secret: given ? { text: given.text, index: given.index, trailing: frame.terms[given.index]!.after } : undefined };
}

/**
 * "the password for admin to ...", "the password of user john to ...": the scanner reads no password after "for" or
 * "user", so the owner is the name after them and the new password the one word right after the "to" that follows it.
 */
function passwordForOwner(frame: Frame): { text: string; index: number; trailing: string } | undefined {
  const pw = indexOf(frame, (t) => isNoun(t, 'password'));
  if (pw < 0 || !OF_WORDS.has(frame.terms[pw + 1]?.normal ?? '')) return undefined;
  let at = pw + 2;
  if (frame.terms[at]?.normal === 'the') at++;
  if (isNoun(frame.terms[at], 'user', 'username', 'account')) at++;
  const first = frame.terms[at];
  if (!first || (first.technical && first.technical.kind !== 'name')) return undefined;
  // A hyphenated name is one owner ("ops-1").
  const end = valueAfter(frame, at - 1, { plainWords: true })?.index ?? at;
  if (frame.terms[end + 1]?.normal !== 'to') return undefined;
  const given = valueAfter(frame, end + 1);
  // The password is the word right after "to" (with its hyphenated parts), nothing skipped to find it.
  const next = frame.terms[end + 2];
  return given && next && given.text.startsWith(next.technical?.kind === 'name' ? next.technical.text : next.text) ? { text: given.text, index: given.index, trailing: frame.terms[given.index]!.after } : undefined;
}

/** The password a clause gives, read past "the password of <user> to <password>". */
function passwordOf(frame: Frame): { text: string; index: number; trailing: string } | undefined {
  const of = passwordOfOwner(frame);
  return of ? of.secret : secretOf(frame) ?? passwordForOwner(frame);
}

/** "add bob to the full group", "put bob in the write group": the word after the verb, when a group follows "to"/"in"/"into". */
function memberOf(frame: Frame): GivenValue | undefined {
  const group = indexOf(frame, (t) => isNoun(t, 'group'));
  const verb = frame.actions[0] ? frame.terms.indexOf(frame.actions[0].term) : -1;
  if (group < 0 || verb < 0 || group < verb) return undefined;
  const role = indexOf(frame, (t) => INTO_WORDS.has(t.normal), verb + 1);
  if (role < 0 || role > group) return undefined;
  const user = valueAfter(frame, verb, { plainWords: true });
  const term = user ? frame.terms[user.index]! : undefined;
  return user && term && user.index < role && term.meanings.length === 0 && (!term.technical || term.technical.kind === 'name') ? user : undefined;
}

/** The user a clause is about: "user bob", "bob's password", "the password for bob", "the admin password", "account named ops-1", "add bob to the full group". */
function userOf(frame: Frame): GivenValue | undefined {
  const at = indexOf(frame, (t) => isNoun(t, 'user', 'username'));
  // "an account for alice": the name follows "for".
  // ("change the admin username to root": what follows "to" is the new name, not the user.)
  const named = at >= 0 && frame.terms[at + 1]?.normal !== 'to' ? valueAfter(frame, frame.terms[at + 1]?.normal === 'for' ? at + 1 : at) : undefined;
  if (named && !BUILT_IN_GROUPS.includes(named.text.toLowerCase())) return named;
  // "disable the guest user": the name before the word.
  if (at > 0 && !named && ownerBefore(frame, at) && !BUILT_IN_GROUPS.includes(ownerBefore(frame, at)!.text.toLowerCase())) return ownerBefore(frame, at);
  const admin = indexOf(frame, (t) => isNoun(t, 'admin'));
  if (admin >= 0 && !says(frame, 'rights', 'access', 'privileges')) return { text: 'admin', quoted: false, index: admin };
  const of = passwordOfOwner(frame);
  if (of) return of.owner;
  const pw = indexOf(frame, (t) => isNoun(t, 'password'));
  // Only "bob's password": any other word before "password" ("... group read password ...") is not a user.
  if (pw > 0 && ownerBefore(frame, pw) && /['’]s$/.test(frame.terms[pw - 1]!.text)) return ownerBefore(frame, pw);
  if (pw >= 0 && OF_WORDS.has(frame.terms[pw + 1]?.normal ?? '')) {
    const owner = valueAfter(frame, pw + 1);
    if (owner && frame.terms[owner.index]!.technical?.kind !== 'quoted') return owner;
  }
  const group = indexOf(frame, (t) => isNoun(t, 'group'));
  if (group > 0 && ownerBefore(frame, group) && /['’]s$/.test(frame.terms[group - 1]!.text)) return ownerBefore(frame, group);
  return memberOf(frame);
}

/** The group: "group full", "in the write group", "read-only", "with full access". */
function groupOf(frame: Frame): string | undefined {
  const at = indexOf(frame, (t) => isNoun(t, 'group'));
  if (at >= 0) {
    const after = valueAfter(frame, at, { plainWords: true });
    if (after) return after.text;
    const before = frame.terms[at - 1];
    if (before && /^[\w-]+$/.test(before.text) && !before.technical && !NOT_USER_NAMES.has(before.normal)) return before.normal;
  }
  if (has(frame, 'read-only')) return 'read';
  // "a full user", "a read user named ops", "with write access": the built-in group said before "user" or with a rights word.
  for (const g of BUILT_IN_GROUPS) if (says(frame, g) && (says(frame, 'access', 'rights', 'permissions', 'privileges', 'user', 'as') || has(frame, 'user', 'username') || at >= 0)) return g;
  if (says(frame, 'administrator') || adminAsGroup(frame)) {
    has(frame, 'admin');
    return 'full';
  }
  return undefined;
}

/**
 * "admin" says what kind of user, not which: "with admin rights", "add an admin user named bob", "add user bob as admin"
 * (the full group).
 */
function adminAsGroup(frame: Frame): boolean {
  const at = indexOf(frame, (t) => isNoun(t, 'admin'));
  if (at < 0) return false;
  if (says(frame, 'rights', 'access', 'privileges')) return true;
  const before = ARTICLES.has(frame.terms[at - 1]?.normal ?? '') ? frame.terms[at - 2] : frame.terms[at - 1];
  return (asks(frame, 'add') && isNoun(frame.terms[at + 1], 'user', 'username')) || before?.normal === 'as';
}

/**
 * Another user the clause names besides `user`: "disable the admin qxumumrl account", "change the bob username of
 * admin to root" name two, and acting on either would be a guess. (The admin noun as a group, "with admin rights", is
 * no user.)
 */
function rivalUser(frame: Frame, user: GivenValue): string | undefined {
  const admin = indexOf(frame, (t) => isNoun(t, 'admin'));
  if (admin >= 0 && admin !== user.index && user.text.toLowerCase() !== 'admin' && !adminAsGroup(frame)) return frame.terms[admin]!.text;
  const noun = indexOf(frame, (t) => isNoun(t, 'user', 'username'));
  if (noun >= 0 && OF_WORDS.has(frame.terms[noun + 1]?.normal ?? '')) {
    const owner = ownerBefore(frame, noun + 3);
    if (owner && owner.index !== user.index) return owner.text;
  }
  return undefined;
}

const target = (user: GivenValue): Value => str(user.text);

/** "add user bob with password \"...\" in group full", "create a read-only account ops-1 with password ...". */
export const addUserRule: IntentRule = {
  id: 'users: add <name> group <group> password <password>',
  match: (frame) => (asks(frame, 'add') && has(frame, 'user', 'username') && !notRouterUser(frame) ? 50 : 0),
  build(frame) {
    const example = 'Add user bob in group read with password "Str0ng-Pass"';
    if (frame.negated) return refuse(this.id, 'the request is negated', example);
    // "add user ops ... and user dev ...": one user per clause, never the second one dropped.
    if (frame.terms.filter((t) => isNoun(t, 'user', 'username')).length > 1 || techs(frame, 'secret').length > 1) {
      return refuse(this.id, 'it adds more than one user; ask for each with its own verb ("add user ops ... and add user dev ...")', example);
    }
    const user = userOf(frame);
    if (!user) return refuse(this.id, 'it does not say the user\'s name', example);
    const rival = rivalUser(frame, user);
    if (rival) return refuse(this.id, `it names two users ("${user.text}" and "${rival}"); name the one to change`, example);
    if (secondName(frame, user.index)) return refuse(this.id, 'it adds more than one user; ask for each with its own verb ("add user ops ... and add user dev ...")', example);
    const group = groupOf(frame);
    if (!group) return refuse(this.id, 'it does not say the user\'s group (read, write or full)', example);
    const secret = secretOf(frame);
    if (!secret) return refuse(this.id, 'a new user needs a password (in double quotes)', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    const warnings = secretWarnings(secret);
    if (secret.text.length < 8) warnings.push('The password is shorter than 8 characters; use a longer one.');
    if (!BUILT_IN_GROUPS.includes(group)) warnings.push(`The group ${group} must already exist (the built-in groups are read, write and full).`);
    // "for ssh only", "winbox access only": what a user may log in with is the group's policy, not the user's.
    const services = frame.services.filter((s) => s.value.ipService !== undefined).map((s) => s.value.name);
    if (services.length > 0) return refuse(this.id, `how a user may log in (${services.join(', ')}) is set by the group's policies; add a group with those policies first ("add group ssh-only with policies ssh, read"), then the user in it`, example);
    // "from 10.0.0.0/24": the addresses the user may log in from (the user's address setting).
    const from = frame.addresses.map((a) => a.value);
    const bad = from.find((a) => a.kind !== 'ip' && a.kind !== 'prefix' && a.kind !== 'ip6');
    if (bad || from.some((a) => a.kind === 'ip' && a.port !== undefined)) return refuse(this.id, 'a user is allowed from addresses or subnets only', example);
    const address = from.length === 0 ? undefined : from.length === 1 ? addressValue(from[0]!) : { kind: 'list' as const, items: from.map(addressValue) };
    if (address) warnings.push(`The user can log in only from ${from.map((a) => addressText(a)).join(', ')}.`);
    const comment = frame.quoted.find((q) => q.label !== null && q.text !== secret.text);
    // The new user is what "it" means next ("... and disable it").
    return { ...ok(this.id, [command('/user', 'add', { name: str(user.text), group: str(group), password: str(secret.text), address, comment: comment ? str(comment.text) : undefined })], warnings), referent: { kind: 'user', name: user.text } };
  },
};

/** "change the admin password to \"...\"", "set bob's password to ...". */
export const passwordRule: IntentRule = {
  id: 'users: set <user> password <password>',
  // Not "add ... group read password ...": a new user's password, whatever word names the user.
  match: (frame) => (has(frame, 'password') && asks(frame, 'set', 'reset', 'add') && !notRouterUser(frame) && !(asks(frame, 'add') && (has(frame, 'user', 'username', 'group')) && !leads(frame, 'set')) ? 50 : 0),
  build(frame) {
    const example = 'Change the password of user bob to "N3w-Secret"';
    if (frame.negated) return refuse(this.id, 'the request is negated', example);
    const user = userOf(frame);
    if (!user) return refuse(this.id, 'it does not say whose password to change (name the user)', example);
    const rival = rivalUser(frame, user);
    if (rival) return refuse(this.id, `it names two users ("${user.text}" and "${rival}"); name the one to change`, example);
    const secret = passwordOf(frame);
    if (!secret) return refuse(this.id, 'it does not give the new password (in double quotes)', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    const warnings = secretWarnings(secret);
    if (secret.text.length < 8) warnings.push('The password is shorter than 8 characters; use a longer one.');
    return ok(this.id, [command('/user', 'set', [{ kind: 'positional', value: target(user) }, { kind: 'named', name: 'password', value: str(secret.text) }])], warnings);
  },
};

/** "create user guest ... and disable it": the user the clause before added, when this clause names none and says "it". */
function referredUser(frame: Frame): GivenValue | undefined {
  if (frame.referent?.kind !== 'user' || has(frame, 'user', 'username', 'admin')) return undefined;
  const at = indexOf(frame, (t) => OBJECT_PRONOUNS.has(t.normal));
  if (at < 0 || !frame.nouns.has('it')) return undefined;
  return { text: frame.referent.name, quoted: false, index: at };
}

/** "add bob to the full group", "change carol's group to write": a user's group, without the word "user". */
const groupChange = (frame: Frame): boolean => {
  const group = indexOf(frame, (t) => isNoun(t, 'group'));
  return group >= 0 && (memberOf(frame) !== undefined || (ownerBefore(frame, group) !== undefined && /['’]s$/.test(frame.terms[group - 1]!.text)));
};

/** "disable user bob", "remove the account ops-1", "enable user alice", "move bob to the read group", "put bob in the full group". */
export const changeUserRule: IntentRule = {
  id: 'users: disable|enable|remove <user> | set <user> group <group>',
  match: (frame) => ((((has(frame, 'user', 'username', 'admin') || referredUser(frame) !== undefined) && asks(frame, 'disable', 'enable', 'remove', 'set', 'rename') && !(has(frame, 'group') && asks(frame, 'add'))) || (groupChange(frame) && asks(frame, 'set', 'add'))) &&
    frame.addresses.length === 0 && !frame.nouns.has('address-list') && !has(frame, 'password') && !notRouterUser(frame) ? 45 : 0),
  build(frame) {
    const example = 'Disable user bob';
    if (frame.negated) return refuse(this.id, 'the request is negated', example);
    // "delete every user except admin", "remove all users": never one user read out of a list.
    if (frame.nouns.has('all') || has(frame, 'every') || frame.terms.some((t) => t.normal === 'but' || t.meanings.some((m) => m.type === 'role' && m.value === 'except'))) {
      return refuse(this.id, 'changing several users at once is not generated; name one user per request', example);
    }
    const user = userOf(frame) ?? referredUser(frame);
    if (!user) return refuse(this.id, 'it does not say which user', example);
    const rival = rivalUser(frame, user);
    if (rival) return refuse(this.id, `it names two users ("${user.text}" and "${rival}"); name the one to change`, example);
    if (secondName(frame, user.index)) return refuse(this.id, 'one user per request; repeat the verb for the next one ("disable user bob and disable user carol")', example);
    const verb = asks(frame, 'remove') ? 'remove' : asks(frame, 'disable') ? 'disable' : asks(frame, 'enable') ? 'enable' : 'set';
    const mixed = mixedTargets(frame, ['user']);
    if (mixed) return refuse(this.id, mixed, example);
    // "disable user bob for a week": a change for a while is a change now and another later.
    const when = whenWord(frame) ?? frame.terms.find((t) => t.technical?.kind === 'amount' || WHILE_WORDS.has(t.normal));
    if (when) return refuse(this.id, `it limits the change in time ("${when.text}"); this generator changes the user now, or every day on a schedule ("disable user bob every day at 18:00")`, example);
    // Renaming the user.
    if (asks(frame, 'rename') || (verb === 'set' && (says(frame, 'name') || has(frame, 'username')))) {
      const toAt = indexOf(frame, (t) => t.normal === 'to', user.index + 1);
      const name = toAt >= 0 ? valueAfter(frame, toAt) : undefined;
      if (!name) return refuse(this.id, 'it does not say the new user name', 'Rename user bob to robert');
      return ok(this.id, [command('/user', 'set', [{ kind: 'positional', value: target(user) }, { kind: 'named', name: 'name', value: str(name.text) }])], [
        `Log in as ${name.text} from now on; scripts and other settings that name ${user.text} do not follow.`,
      ]);
    }
    if (verb === 'set') {
      const group = groupOf(frame);
      if (!group) return refuse(this.id, 'it does not say what to change about the user (group or password)', 'Move user bob to the read group');
      return ok(this.id, [command('/user', 'set', [{ kind: 'positional', value: target(user) }, { kind: 'named', name: 'group', value: str(group) }])]);
    }
    const warnings = verb === 'enable' ? [] : ['If this is the account you manage the router with, you are locked out; keep another full user.'];
    return ok(this.id, [command('/user', verb, [{ kind: 'positional', value: target(user) }])], warnings);
  },
};


/** "add a group noc based on read", "create group backup-ops with policies ssh, read, ftp". */
export const addGroupRule: IntentRule = {
  id: 'users: add group <name> [copy-from|policy]',
  match: (frame) => (asks(frame, 'add') && has(frame, 'group') && !has(frame, 'user', 'username') && !groupChange(frame) && frame.interfaces.length + frame.addresses.length === 0 ? 50 : 0),
  build(frame) {
    const example = 'Add a user group noc based on the read group';
    const at = indexOf(frame, (t) => isNoun(t, 'group'));
    const name = valueAfter(frame, at, { plainWords: true });
    if (!name || BUILT_IN_GROUPS.includes(name.text)) return refuse(this.id, 'it does not say the new group\'s name', example);
    const rest = frame.terms.slice(name.index + 1);
    const base = BUILT_IN_GROUPS.find((g) => rest.some((t) => t.normal === g));
    // "with policy read and reboot", "with the read policy", "policy read,write,ssh": the word "policy" is the
    // keyword; the policy right of that name (which lets members manage users) is granted only when it is listed
    // as a right of its own, beside the keyword ("policies read, policy, write").
    const words = rest.flatMap((t) => t.normal.split(',')).filter(Boolean);
    const policyWords = words.filter((w) => w === 'policy' || w === 'policies').length;
    const policies = [...new Set(words.filter((w) => GROUP_POLICY_WORDS.has(w) && w !== 'policy'))];
    if (policyWords >= 2 && policies.length > 0) policies.push('policy');
    // A list ("with read, write and reboot") or a policy no built-in group is named after ("with ssh") is policies;
    // one group name alone ("based on read") is the group to copy.
    if (policies.length > 0 && (has(frame, 'policy') || policies.length > 1 || !BUILT_IN_GROUPS.includes(policies[0]!))) {
      const warnings = policies.some((p) => LOGIN_POLICY_WORDS.has(p))
        ? []
        : [`Members of this group cannot log in: none of its policies (${policies.join(', ')}) is a way in (local, ssh, winbox, web, api, ...); add one, e.g. "${[...policies, 'winbox'].join(', ')}".`];
      return ok(this.id, [command('/user/group', 'add', { name: str(name.text), policy: policies.join(',') })], warnings);
    }
    if (!base) return refuse(this.id, 'it does not say what the group may do: a group to copy (read, write, full) or a list of policies', example);
    return ok(this.id, [command('/user group', 'add', { name: str(name.text), 'copy-from': base })]);
  },
};

export const USERS_FAMILY: IntentFamily = {
  id: 'users',
  reads: { words: ['based', 'new', 'copied', 'copy', 'admin', 'rights', 'access'] }, example: 'Add user bob with password "Str0ng-Pass" in group full', summary: 'router users and groups (add with group and password, change password, disable, remove)',
  rules: changesOnly([addUserRule, passwordRule, changeUserRule, addGroupRule]),
};
