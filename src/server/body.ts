/**
 * Reading a request body without trusting the client: the media type is
 * checked before a byte is read, a declared Content-Length over the limit is
 * refused before reading, and a chunked body is counted as it arrives and
 * abandoned at the limit. Nothing is ever buffered past `limit` bytes.
 */
import type { IncomingMessage } from 'node:http';

/** `application/json`, optionally with `charset=utf-8` (any case, quoted or not); JSON has no other charset (RFC 8259 §8.1). */
export function isJsonUtf8(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type, ...params] = contentType.split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  for (const param of params) {
    const [name, value = ''] = param.split('=', 2).map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    if (name === 'charset' && value.replace(/^"(.*)"$/, '$1') !== 'utf-8') return false;
  }
  return true;
}

/** A body is compressed or otherwise encoded: we read identity only. */
export function hasContentEncoding(req: IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  return encoding !== undefined && encoding.trim().toLowerCase() !== 'identity' && encoding.trim() !== '';
}

/**
 * A Transfer-Encoding other than plain `chunked` (`gzip, chunked`, ...):
 * Node frames the body by its final chunked coding but would hand us the
 * compressed bytes, so such a request is answered 501 (RFC 9112 §6.1).
 */
export function unsupportedTransferCoding(req: IncomingMessage): boolean {
  const encoding = req.headers['transfer-encoding'];
  if (encoding === undefined) return false;
  const codings = encoding.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
  return !(codings.length === 1 && codings[0] === 'chunked');
}

/** The declared Content-Length, or undefined (chunked, or none). Node has already rejected a malformed or repeated one. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const value = req.headers['content-length'];
  return value === undefined ? undefined : Number(value);
}

/** True when the request still has body bytes coming (or may have). */
export function expectsBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = declaredLength(req);
  return length === undefined ? req.headers['transfer-encoding'] !== undefined : length > 0;
}

export type BodyResult = { readonly kind: 'ok'; readonly bytes: Buffer } | { readonly kind: 'too_large' } | { readonly kind: 'aborted' };

/** Reads the body up to `limit` bytes. At the limit it stops collecting and resolves `too_large`; the caller decides what happens to the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'ok', bytes: Buffer.concat(chunks, size) });
    const onClose = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onClose);
  });
}

/**
 * After an answer given before the body was read (401, 413, 415, 503, ...):
 * let the client finish sending it, discarding it, so the connection can be
 * reused and the client reads our answer rather than a reset (the "lingering
 * close" of nginx). Past `limit` more bytes the connection is destroyed.
 */
export function discardBody(req: IncomingMessage, limit: number): void {
  if (req.complete) return;
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limit) req.socket.destroy();
  });
  req.on('error', () => {});
  req.resume();
}

// fatal: invalid UTF-8 is an error, never U+FFFD; ignoreBOM false: a leading byte order mark is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a UTF-8 JSON text (a request body, or one line of `batch`);
 * undefined when it is not valid UTF-8 or not JSON. A leading byte order mark
 * is ignored, as RFC 8259 §8.1 allows parsers to; the server and `batch` both
 * read JSON through this one function, so they agree on every input.
 */
export function parseJson(bytes: Buffer): { readonly value: unknown } | undefined {
  try {
    return { value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return undefined;
  }
}
