import { SAFE_MODE } from '../advice.js';
import { arg, describeTargets, literal, menu, targetNames } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Running a script, or importing a file, executes commands this check cannot
 * see unless the script is defined in the same text. A scheduler whose
 * `on-event` names a script runs it too (the engine reads such a name as
 * `/system script run <name>`).
 */
export const scriptRun: PolicyRule = {
  meta: {
    id: 'script-run',
    description: 'running scripts or importing files whose contents are unknown or destructive',
    category: 'unknown',
    severity: 'destructive',
    messages: {
      destructive: 'runs script {name}, which contains destructive commands (see its source)',
      notDefined: 'runs script {name}, which this text does not define: its contents are unknown, so it may change anything',
      unknownTarget: 'runs script {targets}, which cannot be identified here: its contents are unknown',
      import: 'imports {file}: its commands are not in this text, so they may change anything',
    },
    advice: `Read the script or file first (\`/system script print detail where name=...\`, \`/file print detail\`) and run only what you have checked. ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.path.length === 0 && command.name === 'import') {
        const first = command.args.find((a) => a.kind === 'positional');
        const file = literal(arg(command, 'file-name')) ?? (first?.kind === 'positional' ? literal(first.value) : null) ?? 'a file';
        context.report({ messageId: 'import', command, data: { file } });
        continue;
      }
      if (menu(command) !== '/system/script' || command.name !== 'run') continue;
      const names = targetNames(command);
      if (names === null) {
        context.report({ messageId: 'unknownTarget', command, data: { targets: describeTargets(command) } });
        continue;
      }
      let flagged = false;
      for (const name of names) {
        const verdict = context.scriptVerdict(name);
        if (verdict === 'safe') continue;
        context.report({ messageId: verdict === 'destructive' ? 'destructive' : 'notDefined', command, data: { name } });
        flagged = true;
      }
      if (!flagged) context.examined(command);
    }
  },
};
