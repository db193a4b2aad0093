/**
 * The server's own OpenAPI 3.0.3 document (`GET /openapi.json`), built from
 * the route table and from the same JSON Schemas ajv checks every response
 * against (src/api/schemas.ts), so the document cannot drift from what is
 * validated.
 *
 * OpenAPI 3.0 schemas are a dialect of JSON Schema: they have no `$id` and
 * write `type: ["string", "null"]` as `type: "string", nullable: true`.
 * `toOpenApi30Schema` does exactly that translation and refuses any keyword it
 * does not know to be valid in 3.0, so a schema change that 3.0 cannot express
 * fails loudly instead of producing a wrong document.
 */
import { aiScriptResponseSchema, errorResponseSchema, genAiRequestSchema } from '../api/schemas.js';
import { VERSION } from '../version.js';
import { ERROR_DOCS } from './error-docs.js';
import { REQUIRED_SCOPE } from './auth.js';
import { GEN_AI_PATH, ROUTES, routeStatuses } from './routes.js';

type Schema = { readonly [key: string]: unknown };

/** The body of `GET /healthz`. */
export const healthSchema = {
  $id: 'Health',
  type: 'object',
  required: ['status', 'version', 'pool', 'requests'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['ok', 'draining'], description: 'draining (with status 503) once the server is shutting down' },
    version: { type: 'string', minLength: 1 },
    pool: {
      type: 'object',
      required: ['workers', 'ready', 'busy', 'queued', 'maxQueue', 'maxQueueWaitMs', 'serviceMs', 'expectedWaitMs', 'cancelled'],
      additionalProperties: false,
      properties: {
        workers: { type: 'integer', minimum: 0, description: 'generation threads configured (0: generation on the main thread)' },
        ready: { type: 'integer', minimum: 0, description: 'threads started and answering' },
        busy: { type: 'integer', minimum: 0, description: 'requests being generated now' },
        queued: { type: 'integer', minimum: 0, description: 'requests waiting for a thread' },
        maxQueue: { type: 'integer', minimum: 0, description: 'past this many waiting, 503 overloaded' },
        maxQueueWaitMs: { type: 'number', minimum: 0, description: 'the wait budget: a request expected to wait longer for a thread gets 503 overloaded' },
        serviceMs: { type: 'number', minimum: 0, description: 'measured mean time a thread takes per answer, hand-off included, in milliseconds' },
        expectedWaitMs: { type: 'number', minimum: 0, description: 'expected wait for a thread of a request admitted now, in milliseconds' },
        cancelled: { type: 'integer', minimum: 0, description: 'requests dropped from the queue because their client went away (since start)' },
      },
    },
    requests: {
      type: 'object',
      required: ['inFlight', 'awaitingBody', 'maxAwaitingBody'],
      additionalProperties: false,
      properties: {
        inFlight: { type: 'integer', minimum: 0, description: 'requests to /scripts/gen-ai from arrival until their response is written' },
        awaitingBody: { type: 'integer', minimum: 0, description: 'requests whose body is still arriving' },
        maxAwaitingBody: { type: 'integer', minimum: 1, description: 'past this many, 503 overloaded' },
      },
    },
  },
} as const;

/** The schemas published under components.schemas, keyed by their `$id`. */
export const PUBLISHED_SCHEMAS: readonly Schema[] = [genAiRequestSchema, aiScriptResponseSchema, errorResponseSchema, healthSchema];

const SCALAR_KEYWORDS = new Set(['type', 'required', 'minItems', 'maxItems', 'minimum', 'maximum', 'pattern', 'minLength', 'maxLength', 'enum', 'description']);

export function toOpenApi30Schema(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$id') continue;
    if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length !== 1 || value.length !== 2) throw new Error(`OpenAPI 3.0 cannot express type ${JSON.stringify(value)}`);
      out.type = types[0];
      out.nullable = true;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([name, sub]) => [name, toOpenApi30Schema(sub)]));
    } else if (key === 'items') {
      out.items = toOpenApi30Schema(value as Schema);
    } else if (key === 'additionalProperties') {
      out.additionalProperties = typeof value === 'boolean' ? value : toOpenApi30Schema(value as Schema);
    } else if (SCALAR_KEYWORDS.has(key)) {
      out[key] = structuredClone(value);
    } else {
      throw new Error(`JSON Schema keyword ${key} has no OpenAPI 3.0 translation here`);
    }
  }
  return out;
}

/** Names of the components.responses entry for each error status. */
const ERROR_RESPONSE_NAMES: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  408: 'RequestTimeout',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
  431: 'RequestHeaderFieldsTooLarge',
  500: 'InternalServerError',
  501: 'NotImplemented',
  503: 'Overloaded',
};

const RESPONSE_HEADERS: Readonly<Record<number, Record<string, unknown>>> = {
  401: { 'WWW-Authenticate': { description: 'Bearer challenge (RFC 6750).', schema: { type: 'string' } } },
  403: { 'WWW-Authenticate': { description: 'Bearer challenge with error="insufficient_scope".', schema: { type: 'string' } } },
  405: { Allow: { description: 'The methods the path accepts.', schema: { type: 'string' } } },
  503: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
};

const json = (schemaName: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } });

function errorResponseObject(status: number): Record<string, unknown> {
  const codes = ERROR_DOCS.filter((d) => d.status === status).map((d) => `\`${d.code}\` (${d.meaning})`);
  return {
    description: `An ErrorResponse. Codes: ${codes.join('; ')}`,
    ...(RESPONSE_HEADERS[status] ? { headers: RESPONSE_HEADERS[status] } : {}),
    content: json('ErrorResponse'),
  };
}

const SUCCESS: Readonly<Record<string, Record<string, unknown>>> = {
  [GEN_AI_PATH]: { description: 'The generated script and its analysis (a refusal is a 200 with empty content and the reason in error).', content: json('AiScriptResponse') },
  '/healthz': { description: 'The service is up.', content: json('Health') },
  '/openapi.json': { description: 'This document.', content: { 'application/json': { schema: { type: 'object' } } } },
  '/docs/errors': { description: 'An HTML page with one row (id = the code) per error code.', content: { 'text/html': { schema: { type: 'string' } } } },
};

/** /healthz while shutting down: the same body, status "draining", so a load balancer stops sending. */
const HEALTH_DRAINING = { description: 'The server is shutting down (status "draining").', content: json('Health') };

export interface OpenApiOptions {
  /** The server checks bearer tokens: document the security scheme and the 401/403 responses. */
  readonly auth: boolean;
}

export function buildOpenApiDocument(options: OpenApiOptions): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const [path, route] of Object.entries(ROUTES)) {
    const responses: Record<string, unknown> = {};
    for (const status of routeStatuses(route, options.auth)) {
      const name = ERROR_RESPONSE_NAMES[status];
      responses[String(status)] = status < 400 ? SUCCESS[path] : path === '/healthz' ? HEALTH_DRAINING : { $ref: `#/components/responses/${name}` };
    }
    responses.default = { $ref: '#/components/responses/Error' };
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      responses,
      security: options.auth && route.needsToken ? [{ BearerAuth: [] }] : [],
    };
    if (options.auth && route.needsToken) operation.description = `Needs a bearer JWT whose \`scope\` (space-separated) or \`scopes\` (array) claim includes \`${REQUIRED_SCOPE}\`.`;
    if (route.method === 'POST') operation.requestBody = { required: true, content: json('GenAiRequest') };
    paths[path] = { [route.method.toLowerCase()]: operation };
  }

  const responses: Record<string, unknown> = {};
  for (const [status, name] of Object.entries(ERROR_RESPONSE_NAMES)) {
    if (!options.auth && (status === '401' || status === '403')) continue;
    responses[name] = errorResponseObject(Number(status));
  }
  responses.Error = {
    description:
      'Any status not listed for the operation is an ErrorResponse: 404 `not_found` for an unknown path, 405 `method_not_allowed` (with Allow) for a wrong method, and, from the HTTP layer before routing, 400 `bad_request`, 408 `request_timeout`, 431 `headers_too_large` and 501 `not_implemented` (CONNECT, or a Transfer-Encoding other than chunked).',
    content: json('ErrorResponse'),
  };

  const components: Record<string, unknown> = {
    schemas: Object.fromEntries(PUBLISHED_SCHEMAS.map((s) => [s.$id as string, toOpenApi30Schema(s)])),
    responses,
  };
  if (options.auth) components.securitySchemes = { BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } };

  return {
    openapi: '3.0.3',
    info: {
      title: 'routeros-gen HTTP service',
      version: VERSION,
      description: 'Offline English → MikroTik RouterOS v7 scripts. Error codes: /docs/errors.',
    },
    paths,
    components,
  };
}
