/** What the CLI's commands get from the process (tests pass their own). */
export interface Io {
  readonly out: (text: string) => Promise<void>;
  readonly err: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  /** Whether standard input is a terminal: a prompt is then never read from it. */
  readonly stdinIsTTY?: boolean;
  /** Whether stdout / stderr are terminals (for colour). */
  readonly outIsTTY?: boolean;
  readonly errIsTTY?: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR, TERM). */
  readonly env?: NodeJS.ProcessEnv;
}

/** The whole stream as UTF-8; with a limit, null once more than that many bytes arrived (the rest is not kept). */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
