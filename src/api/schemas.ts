/**
 * The response and request checks: ajv's code for the JSON Schemas in
 * schema-data.ts, generated ahead of time (validators.generated.ts, rewritten
 * by `npm run schemas`), so the library neither loads ajv's compiler nor
 * compiles schemas at start-up.
 */
import { validateAiScriptResponseSchema, validateErrorResponseSchema, validateRequestSchema } from './validators.generated.js';

export { aiScriptResponseSchema, errorResponseSchema, genAiRequestSchema, MAX_PROMPT_LENGTH } from './schema-data.js';

export interface SchemaCheck {
  readonly valid: boolean;
  readonly errors: string;
}

/** One error of ajv's (the fields we read). */
interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
}

/** A generated validator: true or false, and its errors on the function when false (ajv's calling convention). */
type GeneratedValidator = ((data: unknown) => boolean) & { errors?: readonly SchemaError[] | null };

function check(validate: GeneratedValidator, data: unknown): SchemaCheck {
  const valid = validate(data);
  // ajv's own errorsText format: "data/path message", comma-separated.
  return { valid, errors: valid ? '' : (validate.errors ?? []).map((e) => `data${e.instancePath} ${e.message ?? 'is invalid'}`).join(', ') || 'invalid' };
}

export const validateRequest = (data: unknown): SchemaCheck => check(validateRequestSchema as GeneratedValidator, data);
export const validateAiScriptResponse = (data: unknown): SchemaCheck => check(validateAiScriptResponseSchema as GeneratedValidator, data);
export const validateErrorResponse = (data: unknown): SchemaCheck => check(validateErrorResponseSchema as GeneratedValidator, data);
