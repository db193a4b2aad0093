import { arg, changedProperties, describeTargets, isChangeVerb, literal, menu, setsDisabled, show } from '../args.js';
import type { PolicyRule } from '../types.js';

/** Properties of /user that never take access away (password strength is weak-password's). */
const HARMLESS_USER = new Set(['comment']);

/**
 * Removing or disabling a user, lowering its group, limiting the addresses
 * it may log in from, or changing its password or name can take away the
 * account you (or your tools and scripts) manage the router with. Manual: User.
 */
export const userChange: PolicyRule = {
  meta: {
    id: 'user-change',
    description: 'removing, disabling, restricting, renaming or re-passwording router users; user groups and SSH keys',
    category: 'management',
    severity: 'destructive',
    messages: {
      remove: 'removes user(s) {targets}: if that is the account you manage the router with, you are locked out',
      disable: 'disables user(s) {targets}: if that is the account you manage the router with, you are locked out',
      group: 'puts user(s) {targets} in group {group}: a group without full rights cannot undo this or change the configuration',
      address: 'limits where user(s) {targets} may log in from to {address}: logins from anywhere else are refused',
      password: 'changes the password of user(s) {targets}: every login, script and tool that still uses the old password is refused from now on',
      rename: 'renames user(s) {targets}: logins with the old name (and the tools that use it) are refused from now on',
      groupChange: '{verb} on user group(s) {targets}: every user in it may lose the rights it relies on',
      sshKey: '{verb} on SSH keys {targets}: key-based logins (and scripts using them) stop working',
      sshImport: 'imports an SSH key for {user}: RouterOS then refuses that user\'s SSH password logins unless /ip ssh always-allow-password-login=yes',
    },
    advice: 'Keep at least one full-rights user you can log in with, and test the changed account from a second session before closing the first.',
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (!isChangeVerb(command.name)) continue;
      const data = { targets: describeTargets(command), verb: command.name };
      if (where === '/user/group') {
        const changed = changedProperties(command).filter((p) => p !== 'comment' && p !== 'name');
        if ((command.name === 'set' || command.name === 'unset') && changed.length === 0) context.examined(command);
        else context.report({ messageId: 'groupChange', command, data });
        continue;
      }
      if (where === '/user/ssh-keys') {
        if (command.name === 'import') context.report({ messageId: 'sshImport', command, data: { user: literal(arg(command, 'user')) ?? 'the current user' } });
        else context.report({ messageId: 'sshKey', command, data });
        continue;
      }
      if (where === '/user/ssh-keys/private') {
        // Keys for the router's own outgoing SSH: nobody's login depends on them.
        context.examined(command);
        continue;
      }
      if (where !== '/user') continue;
      if (command.name === 'remove') {
        context.report({ messageId: 'remove', command, data });
        continue;
      }
      if (command.name === 'disable') {
        context.report({ messageId: 'disable', command, data });
        continue;
      }
      if (command.name !== 'set' && command.name !== 'unset') continue;
      const changed = changedProperties(command);
      const group = arg(command, 'group');
      // Clearing `address` lets the user in from anywhere: it restricts no one.
      const address = command.name === 'set' ? arg(command, 'address') : undefined;
      if (changed.includes('disabled') && setsDisabled(command)) context.report({ messageId: 'disable', command, data });
      else if (group !== undefined && literal(group) !== 'full') context.report({ messageId: 'group', command, data: { ...data, group: show(group, command.path) } });
      else if (address !== undefined) context.report({ messageId: 'address', command, data: { ...data, address: show(address, command.path) } });
      else if (changed.includes('password')) context.report({ messageId: 'password', command, data });
      else if (command.name === 'set' && changed.includes('name')) context.report({ messageId: 'rename', command, data });
      else if (changed.every((p) => HARMLESS_USER.has(p) || p === 'disabled' || p === 'group' || (command.name === 'unset' && p === 'address'))) context.examined(command);
    }
  },
};
