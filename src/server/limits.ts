/** The contract's limit on a request body; `batch` holds each line to it too. (Its own module: the CLI loads it without the server.) */
export const MAX_BODY_BYTES = 16 * 1024;
