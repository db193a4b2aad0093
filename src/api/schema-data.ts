/**
 * JSON Schemas of the endpoint's request and responses, as
 * ../shared/api/gen-ai.openapi.yaml describes them, made strict where the
 * contract is loose (every field we send is required; no extra fields).
 * Plain data: compile-validators.ts turns them into validators.generated.ts,
 * and schemas.ts checks responses with those.
 */
export const MAX_PROMPT_LENGTH = 200;

export const genAiRequestSchema = {
  $id: 'GenAiRequest',
  type: 'object',
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', maxLength: MAX_PROMPT_LENGTH },
    // An extension of the contract (issue 18): the router's configuration as /export text. Optional; the server
    // limits its size (1 MiB by default, 413 over it).
    config: {
      type: 'string',
      description: "The router's current configuration as the text of /export (terse, verbose, compact, with or without show-sensitive). With it, filter rules are placed where they take effect, names are checked against what exists, and a request already satisfied writes nothing. An extension of the contract; at most 1 MiB by default (413 over it).",
    },
  },
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
