/**
 * Bearer-token (JWT) checks for the server, with jose. The key and the
 * algorithms it may be used with are fixed when the server starts, so a
 * token cannot choose its own algorithm (no `none`, no HS256 signed with an
 * RSA public key as the secret).
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { errorResponse, type ErrorResponse } from '../api/errors.js';

export const REQUIRED_SCOPE = 'script:create';

/** Claims every token must carry, and the clock rules, whichever key checks it. */
export interface ClaimOptions {
  /** Required `aud`: the token's audience (a string or an array) must include one of these. */
  readonly audience?: string | readonly string[];
  /** Required `iss`: the token's issuer must be one of these. */
  readonly issuer?: string | readonly string[];
  /** Longest lifetime accepted, in seconds: exp − iat (or exp − now when there is no iat). Default 86,400 (one day). */
  readonly maxLifetimeSeconds?: number;
  /** Clock skew allowed between the issuer and this server, in seconds, for exp, nbf and iat. Default 60. */
  readonly clockToleranceSeconds?: number;
}

/** How tokens are checked: a shared HS256 secret, or a PEM public key (RSA → RS256, EC P-256 → ES256), plus the claim rules. */
export type AuthOptions = ClaimOptions &
  ({ readonly secret: string | Uint8Array; readonly publicKey?: never } | { readonly publicKey: string; readonly secret?: never });

export const DEFAULT_MAX_LIFETIME_SECONDS = 86_400;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

export type AuthOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 401 | 403; readonly body: ErrorResponse; readonly challenge: string };

export interface Authenticator {
  readonly algorithms: readonly string[];
  check(authorization: string | undefined): Promise<AuthOutcome>;
}

/** RFC 7518 §3.2: an HS256 key must be at least as long as the hash (256 bits). */
const MIN_SECRET_BYTES = 32;

/** Reads the key once; throws (at startup) for a key that cannot be used. */
export function createAuthenticator(options: AuthOptions): Authenticator {
  const { key, algorithms } = 'publicKey' in options && options.publicKey !== undefined ? publicKey(options.publicKey) : secretKey(options.secret!);
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (!Number.isInteger(maxLifetime) || maxLifetime <= 0) throw new RangeError(`the maximum token lifetime must be a positive number of seconds, not ${String(maxLifetime)}`);
  if (!Number.isInteger(tolerance) || tolerance < 0) throw new RangeError(`the clock tolerance must be a whole number of seconds, not ${String(tolerance)}`);
  const audience = names(options.audience, 'audience');
  const issuer = names(options.issuer, 'issuer');
  const verifyOptions = {
    algorithms: [...algorithms],
    // exp is required: a token that never expires is not accepted.
    requiredClaims: ['exp'],
    clockTolerance: tolerance,
    ...(audience ? { audience } : {}),
    ...(issuer ? { issuer } : {}),
  };
  return {
    algorithms,
    async check(authorization) {
      const token = bearerToken(authorization);
      if (token === undefined) return unauthorized('A bearer token is required: send "Authorization: Bearer <JWT>".', null);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key, verifyOptions));
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) return unauthorized('The bearer token has expired.', 'invalid_token');
        // jose's own message is not passed on: it can describe the key or the claims.
        return unauthorized('The bearer token is invalid.', 'invalid_token');
      }
      // jose checks iat only against a maximum age; the lifetime and a future iat are checked here.
      const now = Math.floor(Date.now() / 1000);
      const exp = payload.exp!;
      const iat = payload.iat;
      if (iat !== undefined && iat > now + tolerance) return unauthorized('The bearer token was issued in the future.', 'invalid_token');
      if (exp - (iat ?? now) > maxLifetime || exp - now > maxLifetime + tolerance) {
        return unauthorized(`The bearer token lives longer than the ${maxLifetime} s this server accepts.`, 'invalid_token');
      }
      if (!scopes(payload).has(REQUIRED_SCOPE)) {
        return {
          ok: false,
          status: 403,
          body: errorResponse('insufficient_scope', `The bearer token does not grant the ${REQUIRED_SCOPE} scope.`),
          challenge: `Bearer realm="routeros-gen", error="insufficient_scope", scope="${REQUIRED_SCOPE}"`,
        };
      }
      return { ok: true };
    },
  };
}

function names(value: string | readonly string[] | undefined, what: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : [...value];
  if (list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) throw new Error(`the JWT ${what} must be a non-empty string`);
  return list;
}

function secretKey(secret: string | Uint8Array): { key: KeyObject; algorithms: string[] } {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (bytes.length < MIN_SECRET_BYTES) throw new Error(`the JWT secret must be at least ${MIN_SECRET_BYTES} bytes long (HS256 needs a 256-bit key)`);
  return { key: createSecretKey(bytes), algorithms: ['HS256'] };
}

function publicKey(pem: string): { key: KeyObject; algorithms: string[] } {
  // createPublicKey would quietly derive a public key from a private one; refuse it so a private key is not deployed by mistake.
  if (/PRIVATE KEY-----/.test(pem)) throw new Error('the JWT public key file holds a private key; give the public key (BEGIN PUBLIC KEY)');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new Error(`the JWT public key is not a PEM public key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType === 'rsa') {
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) throw new Error('the RSA public key must be at least 2048 bits');
    return { key, algorithms: ['RS256'] };
  }
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return { key, algorithms: ['ES256'] };
  throw new Error(`the JWT public key must be RSA (RS256) or EC P-256 (ES256), not ${key.asymmetricKeyType ?? 'unknown'}${key.asymmetricKeyDetails?.namedCurve ? ' ' + key.asymmetricKeyDetails.namedCurve : ''}`);
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1; the scheme is case-insensitive). */
function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '');
  return match?.[1];
}

/** Scopes from a space-separated `scope` claim (RFC 8693 §4.2) and/or a `scopes` array. */
function scopes(payload: JWTPayload): Set<string> {
  const granted = new Set<string>();
  if (typeof payload.scope === 'string') for (const s of payload.scope.split(' ')) if (s !== '') granted.add(s);
  if (Array.isArray(payload.scopes)) for (const s of payload.scopes) if (typeof s === 'string') granted.add(s);
  return granted;
}

function unauthorized(message: string, error: 'invalid_token' | null): AuthOutcome {
  return {
    ok: false,
    status: 401,
    body: errorResponse('unauthorized', message),
    // RFC 6750 §3: no error attribute when the request carried no token at all.
    challenge: error === null ? 'Bearer realm="routeros-gen"' : `Bearer realm="routeros-gen", error="${error}"`,
  };
}
