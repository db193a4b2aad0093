#!/usr/bin/env node
/**
 * The `routeros-gen` command.
 *
 *   routeros-gen [options] <prompt...> | -              print the script (exit 0), refusal (exit 2), bad request (exit 1)
 *   routeros-gen batch [options]                        JSON Lines requests on stdin → one JSON line each on stdout
 *   routeros-gen check [options] FILE|DIR|GLOB... | -   lint scripts users bring (exit 0 clean, 1 problems, 2 fatal)
 *   routeros-gen serve [options]                        the HTTP service (src/server)
 *   routeros-gen explain [options] <prompt...>          how each word was read, then the script or refusal
 *   routeros-gen help [command]
 */
import { readFileSync, realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { errorResponse, RequestError } from '../api/errors.js';
import type { GenAiResult } from '../api/handle.js';
import { resolveOptions, type GenerateOptions } from '../api/options.js';
import { buildRouterModel, type RouterModel } from '../model/model.js';
import { VERSION } from '../version.js';
import { BATCH_HELP, CHECK_HELP, MAIN_HELP, usageError, withFlagNames } from './help.js';
import { readAll, type Io } from './io.js';
import { paint, printable, shellQuote, wantsColour } from './text.js';

export type { Io } from './io.js';

/** A prompt read from standard input is cut off here (a prompt is at most 200 characters anyway). */
const STDIN_PROMPT_LIMIT = 64 * 1024;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const verb = argv[0];
  // The generator, the parser and the server load only when used: help, --version and usage errors answer at once.
  if (verb === 'batch') return batch(argv.slice(1), io);
  if (verb === 'check') return (await import('./check.js')).check(argv.slice(1), io);
  if (verb === 'serve') return (await import('../server/cli.js')).serve(argv.slice(1), io);
  if (verb === 'help') return help(argv.slice(1), io);
  if (verb === 'explain') return explainCommand(argv.slice(1), io);
  return prompt(argv, io);
}

async function help(argv: readonly string[], io: Io): Promise<number> {
  const topic = argv[0];
  const serveHelp = async () => {
    const { SERVE_USAGE, SERVE_HELP } = await import('../server/cli.js');
    return `Usage:\n${SERVE_USAGE}\n${SERVE_HELP}\n`;
  };
  const text = topic === undefined ? MAIN_HELP : topic === 'batch' ? BATCH_HELP : topic === 'check' ? CHECK_HELP : topic === 'serve' ? await serveHelp() : topic === 'explain' ? (await import('./explain.js')).EXPLAIN_HELP : null;
  if (text === null || argv.length > 1) {
    io.err(usageError(`no help for ${JSON.stringify(argv.join(' '))}; try batch, check or serve`));
    return 1;
  }
  await io.out(text);
  return 0;
}

const GENERATE_FLAGS = {
  json: { type: 'boolean' },
  wan: { type: 'string' },
  lan: { type: 'string' },
  'lan-bridge': { type: 'string' },
  'lan-subnet': { type: 'string' },
  config: { type: 'string' },
  undo: { type: 'boolean' },
  'safe-apply': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The flags of a prompt or batch, or null after a two-line usage error (the caller exits 1). */
function parse(argv: readonly string[], io: Io, command?: string) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: GENERATE_FLAGS });
  } catch (e) {
    io.err(usageError((e as Error).message, command));
    return null;
  }
}

/** The generation options the flags give, checked as the library checks them; null after printing what is wrong. */
function generateOptions(values: { wan?: string | undefined; lan?: string | undefined; 'lan-bridge'?: string | undefined; 'lan-subnet'?: string | undefined; config?: string | undefined; 'safe-apply'?: string | undefined }, io: Io, command?: string): GenerateOptions | null {
  const options: { wan?: string; lan?: string; lanBridge?: string; lanSubnet?: string; config?: RouterModel; safeApply?: number } = {};
  if (values['safe-apply'] !== undefined) options.safeApply = /^\d+$/.test(values['safe-apply']) ? Number(values['safe-apply']) : Number.NaN;
  if (values.config !== undefined) {
    // The router's configuration: read and modelled once, for every prompt of a batch.
    let text: string;
    try {
      text = readFileSync(values.config, 'utf8');
    } catch (e) {
      io.err(usageError(`--config: cannot read ${JSON.stringify(values.config)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, command));
      return null;
    }
    options.config = buildRouterModel(text.replace(/^\uFEFF/, ''));
  }
  if (values.wan !== undefined) options.wan = values.wan;
  if (values.lan !== undefined) options.lan = values.lan;
  if (values['lan-bridge'] !== undefined) options.lanBridge = values['lan-bridge'];
  if (values['lan-subnet'] !== undefined) options.lanSubnet = values['lan-subnet'];
  try {
    resolveOptions(options);
  } catch (e) {
    if (!(e instanceof RequestError)) throw e;
    io.err(usageError(withFlagNames(e.message), command));
    return null;
  }
  return options;
}

async function explainCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io, 'explain');
  if (!args) return 1;
  const { EXPLAIN_HELP, explain } = await import('./explain.js');
  if (args.values.help) {
    await io.out(EXPLAIN_HELP);
    return 0;
  }
  const options = generateOptions(args.values, io, 'explain');
  if (!options) return 1;
  if (args.positionals.length === 0) {
    io.err(usageError('explain needs a prompt: put it in quotes after the command', 'explain'));
    return 1;
  }
  return explain(args.positionals.join(' '), options, args.values.json === true, io);
}

async function prompt(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io);
  if (!args) return 1;
  if (args.values.help) {
    await io.out(MAIN_HELP);
    return 0;
  }
  if (args.values.version) {
    await io.out(VERSION + '\n');
    return 0;
  }
  const options = generateOptions(args.values, io);
  if (!options) return 1;
  let text: string;
  const fromStdin = (args.positionals.length === 0 && io.stdinIsTTY !== true) || (args.positionals.length === 1 && args.positionals[0] === '-');
  if (fromStdin) {
    const read = await readAll(io.stdin, STDIN_PROMPT_LIMIT);
    if (read === null) {
      io.err(`routeros-gen: the prompt on standard input is over ${STDIN_PROMPT_LIMIT / 1024} KiB; a prompt is at most 200 characters\n`);
      return 1;
    }
    // The whole of standard input is one prompt; its line breaks count as spaces.
    text = read.replace(/^\uFEFF/, '').replace(/\r?\n/g, ' ').trim();
  } else if (args.positionals.length === 0) {
    io.err(usageError('no prompt given: put it in quotes after the command, or pipe it in'));
    return 1;
  } else {
    text = args.positionals.join(' ');
  }
  const colour = paint(args.values['no-color'] ? false : wantsColour({ isTTY: io.errIsTTY ?? false }, io.env ?? {}, args.values.color ? true : undefined));
  if (args.values.undo) return undo(text, options, args.values.json === true, io, colour);
  const { handleGenAiRequest } = await import('../api/handle.js');
  const result = handleGenAiRequest({ prompt: text }, options);
  if (args.values.json) {
    await io.out(JSON.stringify(result.status === 200 ? result.body : { status: result.status, error: result.body }) + '\n');
    return result.status === 200 ? (result.body.response[0]!.content === '' && !alreadyDone(result.body.response[0]!.error) ? 2 : 0) : 1;
  }
  if (result.status !== 200) {
    io.err(`error (${result.status} ${result.body.code}): ${printable(result.body.message)}\n`);
    return 1;
  }
  const item = result.body.response[0]!;
  if (item.content === '' && alreadyDone(item.error)) {
    // The router's configuration (--config) already does what was asked: nothing to print, and not a refusal.
    io.err(item.error!.split('\n').map((l) => `${colour.dim('note:')} ${printable(l)}`).join('\n') + '\n');
    return 0;
  }
  if (item.content === '') {
    const reason = item.error ?? 'the request was not understood';
    io.err(`${colour.yellow(colour.bold('refused:'))} ${printable(reason)}\n`);
    // The suggestion as a command line that can be pasted into a shell as it is (the text above quotes it with ").
    const example = /A prompt that works: "(.*)"\.?$/s.exec(reason);
    if (example) io.err(`try: routeros-gen ${shellQuote(example[1]!)}\n`);
    return 2;
  }
  await io.out(item.content);
  if (item.error) io.err(item.error.split('\n').map((l) => `${colour.dim('note:')} ${printable(l)}`).join('\n') + '\n');
  if (item.destructive) io.err(`${colour.red(colour.bold('DESTRUCTIVE:'))} this script can cut connectivity or management access; review it and apply it in Safe Mode.\n`);
  return 0;
}

/**
 * `--undo` (with `--config`): the script for the prompt, then its inverse against the configuration; the undo is
 * printed on stdout, the script it undoes on stderr. Exit codes as for a prompt (2 when either is refused).
 */
async function undo(text: string, options: GenerateOptions, json: boolean, io: Io, colour: ReturnType<typeof paint>): Promise<number> {
  if (options.config === undefined) {
    io.err(usageError('--undo needs --config FILE: the undo is computed from the router\'s configuration'));
    return 1;
  }
  const { generateScript, undoScript } = await import('../api/generate.js');
  let script;
  try {
    script = generateScript(text, options).response[0];
  } catch (e) {
    if (!(e instanceof RequestError)) throw e;
    io.err(`error (${e.status} ${e.code}): ${printable(e.message)}\n`);
    return 1;
  }
  const inverse = script.content === '' ? { content: '', error: script.error, destructive: false } : undoScript(script.content, options.config);
  if (json) {
    await io.out(JSON.stringify({ script, undo: inverse }) + '\n');
    return inverse.content === '' ? 2 : 0;
  }
  if (inverse.content === '') {
    io.err(`${colour.yellow(colour.bold('refused:'))} ${printable(inverse.error ?? 'nothing to undo')}\n`);
    return 2;
  }
  io.err(script.content.split('\n').filter(Boolean).map((l) => `${colour.dim('undoes:')} ${printable(l)}`).join('\n') + '\n');
  await io.out(inverse.content);
  if (inverse.error) io.err(inverse.error.split('\n').map((l) => `${colour.dim('note:')} ${printable(l)}`).join('\n') + '\n');
  return 0;
}

/** An empty script because the configuration already does it all (`Already done:` notes from src/model/context.ts). */
function alreadyDone(error: string | null): boolean {
  return error !== null && error.split('\n').some((l) => l.startsWith('Already done:'));
}

/** One batch line's answer: keys other than "prompt" are options over the flags' (the library rejects unknown ones). */
function batchAnswer(handleGenAiRequest: (body: unknown, options?: GenerateOptions) => GenAiResult, body: unknown, options: GenerateOptions): GenAiResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return handleGenAiRequest(body, options);
  const { prompt: text, ...lineOptions } = body as Record<string, unknown>;
  return handleGenAiRequest({ prompt: text }, Object.keys(lineOptions).length === 0 ? options : ({ ...options, ...lineOptions } as GenerateOptions));
}

async function batch(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io, 'batch');
  if (!args) return 1;
  if (args.values.help) {
    await io.out(BATCH_HELP);
    return 0;
  }
  if (args.positionals.length > 0) {
    io.err(usageError('batch reads its requests from standard input and takes no other arguments', 'batch'));
    return 1;
  }
  const options = generateOptions(args.values, io, 'batch');
  if (!options) return 1;
  const [{ handleGenAiRequest }, { jsonLines }, { parseJson }, { MAX_BODY_BYTES }] = await Promise.all([
    import('../api/handle.js'),
    import('../server/lines.js'),
    import('../server/body.js'),
    import('../server/limits.js'),
  ]);
  if (io.stdinIsTTY === true) io.err('routeros-gen batch: reading JSON Lines from the terminal; end with Ctrl-D\n');
  // Lines end at LF only; each is read as the server reads a body (same UTF-8, BOM and size rules), and a line
  // over the server's body limit gets its own 413 line without being kept in memory.
  for await (const line of jsonLines(io.stdin as AsyncIterable<unknown>, MAX_BODY_BYTES)) {
    const parsed = line.kind === 'line' ? parseJson(line.bytes) : undefined;
    const result: GenAiResult =
      line.kind === 'too_long'
        ? { status: 413, body: errorResponse('payload_too_large', `The line is over ${MAX_BODY_BYTES} bytes.`) }
        : parsed
          ? batchAnswer(handleGenAiRequest, parsed.value, options)
          : { status: 400, body: errorResponse('invalid_json', 'The line is not valid JSON (or not valid UTF-8).') };
    await io.out(JSON.stringify(result.status === 200 ? result.body : { status: result.status, error: result.body }) + '\n');
  }
  return 0;
}

/** Writes to stdout, waiting when the pipe is full so batch output is never dropped. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? (isEpipe(error) ? readerGone() : reject(error)) : resolve()));
  });
}

/** The reader of stdout went away (`batch < x | head -1`): stop quietly with 0, as Unix filters do, no stack trace. */
function isEpipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
function readerGone(): never {
  process.exit(0);
}

/** Whether Node was started on this file, directly or through a link to it (npm's bin link). */
function startedHere(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedHere()) {
  process.stdout.on('error', (error) => {
    if (isEpipe(error)) readerGone();
    throw error;
  });
  main(process.argv.slice(2), {
    out: writeStdout,
    err: (t) => process.stderr.write(t),
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    outIsTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
