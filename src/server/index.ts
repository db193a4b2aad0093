/** The HTTP service (`routeros-gen serve`). */
export { createServer, startServer, GenAiServer, MAX_BODY_BYTES } from './server.js';
export type { CloseReport, ServerOptions } from './server.js';
export type { PoolState } from './pool.js';
export type { AuthOptions, ClaimOptions } from './auth.js';
export { REQUIRED_SCOPE } from './auth.js';
export { buildOpenApiDocument, toOpenApi30Schema, healthSchema, PUBLISHED_SCHEMAS } from './openapi.js';
export { ERROR_DOCS, TRANSPORT_ERRORS } from './error-docs.js';
export { ROUTES } from './routes.js';
