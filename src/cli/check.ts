/**
 * `routeros-gen check`: lint scripts people bring, with ESLint's exit codes
 * (0 clean, 1 problems, 2 fatal) so it can gate CI.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Schema } from '../../grammar/routeros/index.js';
import { checkInput, readScript, type ScriptInput } from '../check.js';
import { loadInspectSchema } from '../rsc/validate.js';
import { buildRouterModel, type RouterModel } from '../model/model.js';
import { expandTargets } from './files.js';
import { format, FORMATS, type FileResult, type Format } from './formats.js';
import { CHECK_HELP, usageError } from './help.js';
import { paint, printable, wantsColour } from './text.js';
import type { Io } from './io.js';

const FAIL_ON = ['error', 'destructive', 'warning'] as const;
type FailOn = (typeof FAIL_ON)[number];

export async function check(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        schema: { type: 'string' },
        config: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(usageError((e as Error).message, 'check'));
    return 2;
  }
  const v = args.values;
  if (v.help) {
    await io.out(CHECK_HELP);
    return 0;
  }
  const formatName = v.format ?? (v.json ? 'json' : 'stylish');
  if (!(FORMATS as readonly string[]).includes(formatName) || (v.json && formatName !== 'json')) {
    io.err(usageError(v.json ? '--json and --format disagree' : `unknown --format ${JSON.stringify(formatName)}; one of ${FORMATS.join(', ')}`, 'check'));
    return 2;
  }
  const failOn = v['fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    io.err(usageError(`unknown --fail-on ${JSON.stringify(failOn)}; one of ${FAIL_ON.join(', ')}`, 'check'));
    return 2;
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = /^\d{1,9}$/.test(v['max-warnings']) ? Number(v['max-warnings']) : NaN;
    if (Number.isNaN(maxWarnings)) {
      io.err(usageError(`--max-warnings needs a whole number, not ${JSON.stringify(v['max-warnings'])}`, 'check'));
      return 2;
    }
  }
  if (args.positionals.length === 0) {
    io.err(usageError('check needs at least one FILE, directory or pattern, or - for standard input', 'check'));
    return 2;
  }
  // `--schema FILE`: validate against the user's own RouterOS command tree (`/console/inspect` JSON).
  let schema: Schema | undefined;
  if (v.schema !== undefined) {
    try {
      schema = loadInspectSchema(JSON.parse(readFileSync(v.schema, 'utf8')));
    } catch (e) {
      io.err(`routeros-gen check: cannot use --schema ${printable(v.schema)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
  }

  // `--config FILE`: the router's /export the scripts are for, modelled once.
  let model: RouterModel | undefined;
  if (v.config !== undefined) {
    try {
      model = buildRouterModel(readFileSync(v.config, 'utf8'));
    } catch (e) {
      io.err(`routeros-gen check: cannot use --config ${printable(v.config)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
  }

  let fatal = false;
  const { files, unmatched } = expandTargets(args.positionals);
  for (const target of unmatched) {
    io.err(`routeros-gen check: no .rsc file matches ${printable(target)}\n`);
    fatal = true;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    let input: ScriptInput;
    try {
      // Read with a cap (16 MiB): standard input or a file may never end (`yes | routeros-gen check -`, /dev/zero).
      input = await readScript(file === '-' ? io.stdin : createReadStream(file));
    } catch (e) {
      io.err(`routeros-gen check: cannot read ${printable(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      fatal = true;
      continue;
    }
    const result = checkInput(input, { ...(schema ? { schema } : {}), ...(model ? { config: model } : {}) });
    const errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
    results.push({ file, ...result, errorCount, warningCount: result.diagnostics.length - errorCount });
  }

  const colour = v['no-color'] ? false : wantsColour({ isTTY: io.outIsTTY ?? false }, io.env ?? {}, v.color ? true : undefined);
  const text = format(formatName as Format, results, paint(colour));
  if (text !== '') await io.out(text);

  if (fatal) return 2;
  return failing(results, failOn as FailOn, maxWarnings) ? 1 : 0;
}

function failing(results: readonly FileResult[], failOn: FailOn, maxWarnings: number | undefined): boolean {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return true;
  if (failOn !== 'error' && results.some((r) => r.destructive)) return true;
  if (failOn === 'warning' && warnings > 0) return true;
  return maxWarnings !== undefined && warnings > maxWarnings;
}
