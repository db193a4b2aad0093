/**
 * JSON Lines as `routeros-gen batch` reads them: bytes in, one item per line.
 * Only LF ends a line (a CR right before it is dropped, so CRLF files work);
 * a lone CR is an ordinary byte of the line, as JSON Lines defines it. A line
 * longer than the limit is not kept: its bytes are dropped as they arrive up
 * to the next LF and it comes out as `too_long`, so memory stays bounded
 * whatever the input and the batch goes on with the next line. Lines stay
 * bytes: the caller decodes them with the server's own `parseJson`, so batch
 * and server agree on invalid UTF-8 and byte order marks.
 */

export type JsonLine = { readonly kind: 'line'; readonly bytes: Buffer } | { readonly kind: 'too_long'; readonly bytes: number };

const LF = 0x0a;
const CR = 0x0d;

export async function* jsonLines(stream: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<JsonLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const end = (): JsonLine => {
    let line: JsonLine;
    if (overflow) line = { kind: 'too_long', bytes: size };
    else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      line = { kind: 'line', bytes };
    }
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  const add = (piece: Buffer) => {
    size += piece.length;
    if (overflow) return;
    // One byte of slack for the CR of a CRLF line at exactly the limit.
    if (size > maxBytes + 1) {
      overflow = true;
      parts = [];
      return;
    }
    if (piece.length > 0) parts.push(piece);
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    let start = 0;
    for (let lf = buffer.indexOf(LF, start); lf !== -1; lf = buffer.indexOf(LF, start)) {
      add(buffer.subarray(start, lf));
      const line = end();
      // A CR-only slack byte that was not a CR: the line really was over the limit.
      if (line.kind === 'line' && line.bytes.length > maxBytes) yield { kind: 'too_long', bytes: line.bytes.length };
      else yield line;
      start = lf + 1;
    }
    if (start < buffer.length) add(buffer.subarray(start));
  }
  if (size > 0 || overflow) {
    const line = end();
    if (line.kind === 'line' && line.bytes.length > maxBytes) yield { kind: 'too_long', bytes: line.bytes.length };
    else yield line;
  }
}
