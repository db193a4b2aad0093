/**
 * `routeros-gen explain [options] "<prompt>"`: how the generator read a prompt. For each clause, the rule that
 * answered it and every word with who read it (claimed by the rule, written as a value, a value's label, a number's
 * unit) or why it needed no reading (filler, structure); an unread word is why a prompt is refused. Then the answer.
 */
import type { Io } from './io.js';
import { printable } from './text.js';

const USAGE = 'Usage: routeros-gen explain [--json] [--wan NAME] [--lan NAME] [--lan-bridge NAME] [--lan-subnet CIDR] "<prompt>"';

export const EXPLAIN_HELP = `${USAGE}

Shows how each word of the prompt was read: by the rule that answered its clause ("claimed"), as a value the script
writes ("value"), as the label of a value ("label", e.g. "port" in "port 22"), as a number's unit ("unit"), or not
at all because it is filler ("please", "the") or structure ("and", "from"). A word read by nobody ("unread") refuses
the prompt. Then prints the script, or the refusal.
Exit codes: 0 script, 2 refused, 1 invalid request or usage error.
`;

/** The explanation as text (the same `explainPrompt` result the library returns). */
export function explainText(explanation: import('../api/generate.js').PromptExplanation): string {
  const lines: string[] = [];
  for (const clause of explanation.clauses) {
    lines.push(`clause: ${clause.rule}`);
    const width = Math.max(...clause.words.map((w) => printable(w.word).length), 4);
    for (const w of clause.words) lines.push(`  ${printable(w.word).padEnd(width)}  ${w.reading}`);
  }
  const item = explanation.response.response[0]!;
  lines.push(item.content === '' ? `refused: ${printable(item.error ?? '')}` : `script:\n${item.content.trimEnd()}`);
  return lines.join('\n') + '\n';
}

export async function explain(prompt: string, options: import('../api/options.js').GenerateOptions, json: boolean, io: Io): Promise<number> {
  const { explainPrompt } = await import('../api/generate.js');
  const { RequestError } = await import('../api/errors.js');
  try {
    const explanation = explainPrompt(prompt, options);
    await io.out(json ? JSON.stringify(explanation) + '\n' : explainText(explanation));
    return explanation.response.response[0]!.content === '' ? 2 : 0;
  } catch (e) {
    if (!(e instanceof RequestError)) throw e;
    io.err(`error (${e.status} ${e.code}): ${printable(e.message)}\n`);
    return 1;
  }
}
