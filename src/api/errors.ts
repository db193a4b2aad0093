/**
 * The API's errors. Each has a stable `code`, an HTTP status and the
 * `ErrorResponse` body the endpoint returns for it.
 */

export interface ErrorResponse {
  type: string;
  code: string;
  message: string;
  doc_url: string;
}

const CODES = {
  invalid_json: { status: 400, type: 'invalid_request_error' },
  invalid_body: { status: 400, type: 'invalid_request_error' },
  parameter_missing: { status: 400, type: 'invalid_request_error' },
  parameter_invalid_type: { status: 400, type: 'invalid_request_error' },
  invalid_option: { status: 400, type: 'invalid_request_error' },
  unauthorized: { status: 401, type: 'authentication_error' },
  insufficient_scope: { status: 403, type: 'permission_error' },
  not_found: { status: 404, type: 'invalid_request_error' },
  method_not_allowed: { status: 405, type: 'invalid_request_error' },
  payload_too_large: { status: 413, type: 'invalid_request_error' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error' },
  prompt_empty: { status: 422, type: 'invalid_request_error' },
  prompt_too_long: { status: 422, type: 'invalid_request_error' },
  internal_error: { status: 500, type: 'api_error' },
  overloaded: { status: 503, type: 'api_error' },
} as const;

export type ErrorCode = keyof typeof CODES;
export type ErrorStatus = (typeof CODES)[ErrorCode]['status'];

export const ERROR_CODES: readonly ErrorCode[] = Object.keys(CODES) as ErrorCode[];

/** Where each code is documented (the README's "Error codes" section, served by `routeros-gen serve` at /docs/errors). */
export function docUrl(code: ErrorCode): string {
  return `/docs/errors#${code}`;
}

export function errorStatus(code: ErrorCode): ErrorStatus {
  return CODES[code].status;
}

export function errorResponse(code: ErrorCode, message: string): ErrorResponse {
  return { type: CODES[code].type, code, message, doc_url: docUrl(code) };
}

/** Thrown for a request that cannot be answered with a script or a refusal: a bad prompt or option (4xx), or an internal failure (500). */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly status: ErrorStatus;
  readonly code: ErrorCode;
  readonly body: ErrorResponse;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.status = CODES[code].status;
    this.body = errorResponse(code, message);
  }
}
