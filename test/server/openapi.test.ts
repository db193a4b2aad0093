import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiScriptResponseSchema, errorResponseSchema, genAiRequestSchema } from '../../src/api/schemas.js';
import { VERSION } from '../../src/version.js';
import { healthSchema, PUBLISHED_SCHEMAS, ROUTES, toOpenApi30Schema, type GenAiServer } from '../../src/server/index.js';
import { routeStatuses } from '../../src/server/routes.js';
import { freshAjv, postJson, start } from './helpers.js';

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; security: unknown[]; requestBody?: unknown }>>;
  components: { schemas: Record<string, Record<string, unknown>>; responses: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
};

/**
 * The structural rules of an OpenAPI 3.0 document that this one can break:
 * required fields, paths starting with "/", operations with responses whose
 * keys are statuses or "default", response objects with a description (or a
 * $ref), media types with a schema.
 */
const reference = { type: 'object', required: ['$ref'], properties: { $ref: { type: 'string', pattern: '^#/components/' } }, additionalProperties: false };
const mediaTypes = { type: 'object', additionalProperties: { type: 'object', required: ['schema'], properties: { schema: { type: 'object' } }, additionalProperties: false } };
const responseObject = {
  type: 'object',
  required: ['description'],
  properties: { description: { type: 'string' }, headers: { type: 'object' }, content: mediaTypes },
  additionalProperties: false,
};
const operation = {
  type: 'object',
  required: ['responses'],
  properties: {
    operationId: { type: 'string' },
    summary: { type: 'string' },
    description: { type: 'string' },
    security: { type: 'array', items: { type: 'object', additionalProperties: { type: 'array', maxItems: 0 } } },
    requestBody: { type: 'object', required: ['content'], properties: { required: { type: 'boolean' }, content: mediaTypes }, additionalProperties: false },
    responses: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^([1-5]\\d\\d|default)$' },
      additionalProperties: { anyOf: [reference, responseObject] },
    },
  },
  additionalProperties: false,
};
const openApi30Structure = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.0\\.\\d+$' },
    info: { type: 'object', required: ['title', 'version'], properties: { title: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' } }, additionalProperties: false },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        propertyNames: { enum: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] },
        additionalProperties: operation,
      },
    },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { type: 'object' } },
        responses: { type: 'object', additionalProperties: responseObject },
        securitySchemes: {
          type: 'object',
          additionalProperties: { type: 'object', required: ['type', 'scheme'], properties: { type: { enum: ['http'] }, scheme: { type: 'string' }, bearerFormat: { type: 'string' } }, additionalProperties: false },
        },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** Every `$ref` in the document points at something that exists. */
function unresolvedRefs(doc: unknown): string[] {
  const missing: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        let target: unknown = doc;
        for (const part of value.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part];
        if (target === undefined) missing.push(value);
      } else walk(value);
    }
  };
  walk(doc);
  return missing;
}

/** The inverse of toOpenApi30Schema: back to the JSON Schema dialect ajv validates with. */
function fromOpenApi30(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (key === 'type' && schema.nullable === true) out.type = [value, 'null'];
    else if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Record<string, Record<string, unknown>>).map(([k, v]) => [k, fromOpenApi30(v)]));
    else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) out[key] = fromOpenApi30(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

async function document(server: GenAiServer): Promise<Doc> {
  const r = await fetch(`${server.url}/openapi.json`);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await r.json()) as Doc;
}

const SECRET = 'x'.repeat(32);
const token = () =>
  new SignJWT({ scope: 'script:create' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));

describe.each([false, true])('GET /openapi.json (auth %s)', (auth) => {
  let server: GenAiServer;
  let doc: Doc;
  beforeAll(async () => {
    server = await start(auth ? { auth: { secret: SECRET } } : {});
    doc = await document(server);
  });
  afterAll(() => server.close());

  it('is a well-formed OpenAPI 3.0 document whose references all resolve', () => {
    const validate = freshAjv().compile(openApi30Structure);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.info.version).toBe(VERSION);
    expect(unresolvedRefs(doc)).toEqual([]);
  });

  it('has every route, with every status it returns and a default ErrorResponse', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [path, route] of Object.entries(ROUTES)) {
      const op = doc.paths[path]![route.method.toLowerCase()]!;
      expect(op.operationId).toBe(route.operationId);
      expect(Object.keys(op.responses).sort()).toEqual([...routeStatuses(route, auth).map(String), 'default'].sort());
    }
    const genAi = doc.paths['/scripts/gen-ai']!.post!;
    expect(Object.keys(genAi.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '415', '422', '500', '503']));
    expect(genAi.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/GenAiRequest' } } } });
    // the statuses the router answers for any path are documented too
    expect(Object.keys(doc.components.responses)).toEqual(expect.arrayContaining(['NotFound', 'MethodNotAllowed', 'PayloadTooLarge', 'UnsupportedMediaType', 'Overloaded', 'Error']));
  });

  it('documents bearer auth exactly when it is on, and only on /scripts/gen-ai', () => {
    expect(doc.paths['/scripts/gen-ai']!.post!.security).toEqual(auth ? [{ BearerAuth: [] }] : []);
    for (const path of ['/healthz', '/openapi.json', '/docs/errors']) expect(doc.paths[path]!.get!.security).toEqual([]);
    expect(doc.components.securitySchemes).toEqual(auth ? { BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } : undefined);
    expect('401' in doc.paths['/scripts/gen-ai']!.post!.responses).toBe(auth);
  });

  it('publishes the very schemas responses are validated with (in OpenAPI 3.0 spelling)', () => {
    expect(Object.keys(doc.components.schemas).sort()).toEqual(['AiScriptResponse', 'ErrorResponse', 'GenAiRequest', 'Health']);
    for (const source of [aiScriptResponseSchema, errorResponseSchema, genAiRequestSchema, healthSchema]) {
      const published = doc.components.schemas[source.$id]!;
      expect(published).toEqual(toOpenApi30Schema(source));
      expect({ $id: source.$id, ...fromOpenApi30(published) }).toEqual(source);
    }
    expect(doc.components.schemas.AiScriptResponse).toMatchObject({
      properties: { response: { items: { properties: { error: { type: 'string', nullable: true } } } } },
    });
  });

  it('its schemas accept and reject the same bodies as the validators', async () => {
    const ajv = freshAjv();
    const fromDoc = (name: string) => ajv.compile(doc.components.schemas[name]!);
    const source = (schema: { $id: string }) => freshAjv().compile(schema);
    const script = await (await postJson(server, { prompt: 'block ssh from the internet' }, auth ? { authorization: `Bearer ${await token()}` } : {})).json();
    const error = await (await fetch(`${server.url}/nope`)).json();
    const scriptCases: unknown[] = [
      script,
      { ...(script as object), extra: 1 },
      { ...(script as object), response_id: 'nope' },
      { ...(script as object), response: [{ content: 'x', error: 5, destructive: false }] },
      { ...(script as object), response: [{ content: 'x', error: null, destructive: false }] },
      { ...(script as object), response: [] },
    ];
    for (const body of scriptCases) expect(fromDoc('AiScriptResponse')(body)).toBe(source(aiScriptResponseSchema)(body));
    for (const body of [error, { ...(error as object), code: 'Bad Code' }, {}, { type: 't', code: 'c', message: 'm' }]) {
      expect(fromDoc('ErrorResponse')(body)).toBe(source(errorResponseSchema)(body));
    }
    expect(source(aiScriptResponseSchema)(script)).toBe(true);
    expect(fromDoc('Health')(await (await fetch(`${server.url}/healthz`)).json())).toBe(true);
  });
});

it('toOpenApi30Schema refuses what OpenAPI 3.0 cannot say', () => {
  expect(() => toOpenApi30Schema({ type: ['string', 'integer'] })).toThrow(/cannot express/);
  expect(() => toOpenApi30Schema({ const: 1 })).toThrow(/no OpenAPI 3.0 translation/);
  expect(PUBLISHED_SCHEMAS.map((s) => s.$id)).toEqual(['GenAiRequest', 'AiScriptResponse', 'ErrorResponse', 'Health']);
});
