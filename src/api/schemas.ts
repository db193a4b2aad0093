/**
 * JSON Schemas of the endpoint's request and responses, as
 * ../shared/api/gen-ai.openapi.yaml describes them, made strict where the
 * contract is loose (every field we send is required; no extra fields), and
 * the ajv validators compiled from them.
 */
import { Ajv, type ValidateFunction } from 'ajv';

export const MAX_PROMPT_LENGTH = 200;

export const genAiRequestSchema = {
  $id: 'GenAiRequest',
  type: 'object',
  required: ['prompt'],
  properties: { prompt: { type: 'string', maxLength: MAX_PROMPT_LENGTH } },
} as const;

export const aiScriptResponseSchema = {
  $id: 'AiScriptResponse',
  type: 'object',
  required: ['response', 'tokenUsage', 'response_id'],
  additionalProperties: false,
  properties: {
    response: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['content', 'error', 'destructive'],
        additionalProperties: false,
        properties: {
          content: { type: 'string' },
          error: { type: ['string', 'null'] },
          destructive: { type: 'boolean' },
        },
      },
    },
    tokenUsage: {
      type: 'object',
      required: ['prompt', 'completion', 'total'],
      additionalProperties: false,
      properties: {
        prompt: { type: 'integer', minimum: 0 },
        completion: { type: 'integer', minimum: 0 },
        total: { type: 'integer', minimum: 0 },
      },
    },
    response_id: { type: 'string', pattern: '^cmpl-[0-9A-Za-z]+$' },
  },
} as const;

export const errorResponseSchema = {
  $id: 'ErrorResponse',
  type: 'object',
  required: ['type', 'code', 'message', 'doc_url'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', minLength: 1 },
    code: { type: 'string', pattern: '^[a-z_]+$' },
    message: { type: 'string', minLength: 1 },
    doc_url: { type: 'string', minLength: 1 },
  },
} as const;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator(schema: { $id: string }): ValidateFunction {
  let fn = compiled.get(schema.$id);
  if (!fn) {
    ajv ??= new Ajv({ allErrors: true, strict: true });
    fn = ajv.compile(schema);
    compiled.set(schema.$id, fn);
  }
  return fn;
}

export interface SchemaCheck {
  readonly valid: boolean;
  readonly errors: string;
}

function check(schema: { $id: string }, data: unknown): SchemaCheck {
  const fn = validator(schema);
  const valid = fn(data) as boolean;
  return { valid, errors: valid ? '' : (ajv?.errorsText(fn.errors) ?? 'invalid') };
}

export const validateRequest = (data: unknown): SchemaCheck => check(genAiRequestSchema, data);
export const validateAiScriptResponse = (data: unknown): SchemaCheck => check(aiScriptResponseSchema, data);
export const validateErrorResponse = (data: unknown): SchemaCheck => check(errorResponseSchema, data);
