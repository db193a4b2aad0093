/** The contract's limit on a request body; `batch` holds each line to it too. (Its own module: the CLI loads it without the server.) */
export const MAX_BODY_BYTES = 16 * 1024;

/** The default limit on a request's `config` field (the router's /export text; an extension of the contract). */
export const DEFAULT_MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The most bytes read for one body: the contract's 16 KiB plus the `config` field at its limit, with room for its
 * JSON escapes (a quote, backslash or line end is two bytes). What the body holds besides `config` is still held to
 * 16 KiB once parsed (generation.ts).
 */
export function bodyLimit(maxConfigBytes: number): number {
  return MAX_BODY_BYTES + 2 * maxConfigBytes;
}
