/**
 * What every error code means, and the page `GET /docs/errors` serves so that
 * each `doc_url` (`/docs/errors#<code>`) resolves to an anchor.
 *
 * Two kinds of code: the API's own (src/api/errors.ts, shared with the
 * library and the CLI), and four that only the HTTP layer can produce
 * because they happen before a request exists (malformed HTTP, a request that
 * arrives too slowly, headers that are too large, a transfer coding or a
 * method (CONNECT) that the server does not implement).
 */
import { ERROR_CODES, errorStatus, type ErrorCode, type ErrorResponse } from '../api/errors.js';

/** One entry per API code: a new code in errors.ts without a meaning here fails to compile. */
const API_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  invalid_json: 'The request body is not valid JSON (or not valid UTF-8).',
  invalid_body: 'The request body is JSON but not an object.',
  parameter_missing: 'The body has no "prompt".',
  parameter_invalid_type: '"prompt" is not a string.',
  invalid_option: 'A generation option is malformed or unknown.',
  unauthorized: 'The bearer token is missing, malformed, wrongly signed or expired (only when the server was started with JWT auth).',
  insufficient_scope: 'The bearer token is valid but does not grant the script:create scope.',
  not_found: 'No route has this path.',
  method_not_allowed: 'The path exists but not with this method; the Allow header lists the methods it takes.',
  payload_too_large: 'The request body is over 16 KiB.',
  unsupported_media_type: 'The body is not sent as application/json (UTF-8), or has a Content-Encoding.',
  prompt_empty: 'The prompt is empty or only whitespace.',
  prompt_too_long: 'The prompt is over 200 characters (Unicode code points).',
  internal_error: 'A bug: the generated script failed its own checks, or the server failed. No script is returned, and never a stack trace.',
  overloaded: 'Too many requests are in flight; retry after the number of seconds in Retry-After.',
};

/** Codes the HTTP layer writes straight to the socket (Node's 'clientError'): there is no request to route. */
export const TRANSPORT_ERRORS = {
  bad_request: { status: 400, meaning: 'The bytes received are not a valid HTTP/1.1 request.' },
  request_timeout: { status: 408, meaning: 'The request headers or body did not arrive in time; the connection is closed.' },
  headers_too_large: { status: 431, meaning: 'The request headers are over Node\'s limit (16 KiB).' },
  not_implemented: { status: 501, meaning: 'A CONNECT (this is not a proxy), or a Transfer-Encoding other than chunked (gzip, deflate, ...).' },
} as const;

export type TransportErrorCode = keyof typeof TRANSPORT_ERRORS;

export function transportError(code: TransportErrorCode, message: string): ErrorResponse {
  return { type: 'invalid_request_error', code, message, doc_url: `/docs/errors#${code}` };
}

export interface ErrorDoc {
  readonly code: string;
  readonly status: number;
  readonly meaning: string;
}

export const ERROR_DOCS: readonly ErrorDoc[] = [
  ...ERROR_CODES.map((code) => ({ code, status: errorStatus(code), meaning: API_MEANINGS[code] })),
  ...Object.entries(TRANSPORT_ERRORS).map(([code, { status, meaning }]) => ({ code, status, meaning })),
].sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small self-contained HTML page: one row per code, each with id=<code> so `#<code>` lands on it. */
export function renderErrorDocs(version: string): string {
  const rows = ERROR_DOCS.map(
    (d) => `<tr id="${escapeHtml(d.code)}"><td><code>${escapeHtml(d.code)}</code></td><td>${d.status}</td><td>${escapeHtml(d.meaning)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>routeros-gen ${escapeHtml(version)}: error codes</title></head>
<body>
<h1>Error codes</h1>
<p>Every error is a JSON <code>ErrorResponse</code>: <code>{ "type", "code", "message", "doc_url" }</code>, where <code>doc_url</code> is <code>/docs/errors#&lt;code&gt;</code>.</p>
<table>
<thead><tr><th>code</th><th>status</th><th>meaning</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
