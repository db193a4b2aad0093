#!/usr/bin/env node
/**
 * The `routeros-gen` command.
 *
 *   routeros-gen [--json] [--wan X] [--lan X] <prompt...>   print the script (exit 0), refusal (exit 2), bad request (exit 1)
 *   routeros-gen batch                                       JSON Lines requests on stdin → one JSON line each on stdout
 *   routeros-gen check [--json] [--schema F] FILE... | -     parse, validate and label scripts users bring
 *   routeros-gen serve [--host H] [--port P] [--jwt-...]      the HTTP service (src/server)
 */
import { readFileSync, realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { errorResponse } from '../api/errors.js';
import { handleGenAiRequest } from '../api/handle.js';
import type { GenerateOptions } from '../api/options.js';
import { checkScript, type CheckResult } from '../check.js';
import type { Schema } from '../../grammar/routeros/index.js';
import { parseScript } from '../rsc/parse.js';
import { loadInspectSchema, validateScript } from '../rsc/validate.js';
import { serve, SERVE_HELP, SERVE_USAGE } from '../server/cli.js';
import { VERSION } from '../version.js';

const USAGE = `Usage:
  routeros-gen [--json] [--wan NAME] [--lan NAME] "<prompt>"
  routeros-gen batch [--wan NAME] [--lan NAME]      < requests.jsonl
  routeros-gen check [--json] [--schema INSPECT.json] FILE... | -
${SERVE_USAGE}

Prompt mode prints the RouterOS script on stdout and warnings on stderr.
Exit codes: 0 script printed, 2 request refused (see stderr), 1 invalid request or error.
--wan/--lan: an interface list (all capitals, e.g. WAN) or an interface (e.g. ether1).
check --schema: validate against your RouterOS version's /console/inspect tree (JSON) instead of the built-in schema.
${SERVE_HELP}`;

interface Io {
  readonly out: (text: string) => Promise<void>;
  readonly err: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const verb = argv[0];
  if (verb === 'batch') return batch(argv.slice(1), io);
  if (verb === 'check') return check(argv.slice(1), io);
  if (verb === 'serve') return serve(argv.slice(1), io);
  return prompt(argv, io);
}

/** The verb's flags, or null after printing what is wrong and the usage (the caller exits 1). */
function parse(argv: readonly string[], io: Io, extra: Record<string, { type: 'boolean' | 'string' }> = {}) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, wan: { type: 'string' }, lan: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, ...extra },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}\n`);
    return null;
  }
}

function generateOptions(values: { wan?: string | boolean | undefined; lan?: string | boolean | undefined }): GenerateOptions {
  const options: { wan?: string; lan?: string } = {};
  if (typeof values.wan === 'string') options.wan = values.wan;
  if (typeof values.lan === 'string') options.lan = values.lan;
  return options;
}

async function prompt(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io);
  if (!args) return 1;
  if (args.values.help) {
    await io.out(USAGE + '\n');
    return 0;
  }
  if (args.values.version) {
    await io.out(VERSION + '\n');
    return 0;
  }
  if (args.positionals.length === 0) {
    io.err(`No prompt given.\n${USAGE}\n`);
    return 1;
  }
  const result = handleGenAiRequest({ prompt: args.positionals.join(' ') }, generateOptions(args.values));
  if (args.values.json) {
    await io.out(JSON.stringify(result.status === 200 ? result.body : { status: result.status, error: result.body }) + '\n');
    return result.status === 200 ? (result.body.response[0]!.content === '' ? 2 : 0) : 1;
  }
  if (result.status !== 200) {
    io.err(`error (${result.status} ${result.body.code}): ${result.body.message}\n`);
    return 1;
  }
  const item = result.body.response[0]!;
  if (item.content === '') {
    io.err(`refused: ${item.error ?? 'the request was not understood'}\n`);
    return 2;
  }
  await io.out(item.content);
  if (item.error) io.err(item.error.split('\n').map((l) => `note: ${l}`).join('\n') + '\n');
  if (item.destructive) io.err('DESTRUCTIVE: this script can cut connectivity or management access; review it and apply it in Safe Mode.\n');
  return 0;
}

async function batch(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io);
  if (!args) return 1;
  const options = generateOptions(args.values);
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(line);
    } catch {
      parsed = false;
    }
    const result = parsed
      ? handleGenAiRequest(body, options)
      : { status: 400 as const, body: errorResponse('invalid_json', 'The line is not valid JSON.') };
    await io.out(JSON.stringify(result.status === 200 ? result.body : { status: result.status, error: result.body }) + '\n');
  }
  return 0;
}

async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, io, { schema: { type: 'string' } });
  if (!args) return 1;
  // `--schema FILE`: validate against the user's own RouterOS command tree (`/console/inspect` JSON).
  let schema: Schema | undefined;
  const schemaFile = (args.values as { schema?: unknown }).schema;
  if (typeof schemaFile === 'string') {
    try {
      schema = loadInspectSchema(JSON.parse(readFileSync(schemaFile, 'utf8')));
    } catch (e) {
      io.err(`cannot use --schema ${schemaFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 1;
    }
  }
  if (args.positionals.length === 0) {
    io.err(`check needs at least one FILE, or - for standard input.\n${USAGE}\n`);
    return 1;
  }
  let failed = false;
  for (const file of args.positionals) {
    let text: string;
    try {
      text = file === '-' ? await readAll(io.stdin) : readFileSync(file, 'utf8');
    } catch (e) {
      const message = `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      failed = true;
      if (args.values.json) await io.out(JSON.stringify({ file, ok: false, diagnostics: [{ severity: 'error', kind: 'syntax', line: 0, column: 0, message }], destructive: false, findings: [] }) + '\n');
      else io.err(`${file}: error: ${message}\n`);
      continue;
    }
    const result = checkScript(text, schema ? { schema } : {});
    if (!result.ok) failed = true;
    if (args.values.json) {
      await io.out(JSON.stringify({ file, ...result }) + '\n');
      continue;
    }
    for (const d of result.diagnostics) await io.out(`${file}:${d.line}:${d.column}: ${d.severity} [${d.kind}] ${d.message}\n`);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    await io.out(`${file}: ${errors} error(s), ${result.diagnostics.length - errors} warning(s)${result.destructive ? ', DESTRUCTIVE' : ''}\n`);
  }
  return failed ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes to stdout, waiting when the pipe is full so batch output is never dropped. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
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
  main(process.argv.slice(2), { out: writeStdout, err: (t) => process.stderr.write(t), stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
