import { generateKeyPairSync } from 'node:crypto';
import { exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type GenAiServer } from '../../src/server/index.js';
import { expectError, expectScriptBody, parseRaw, postJson, raw, start } from './helpers.js';

const SECRET = 'a-test-secret-that-is-32-bytes-long!!';
const key = new TextEncoder().encode(SECRET);
const PROMPT = { prompt: 'block ssh from the internet' };

function sign(payload: JWTPayload, options: { alg?: string; key?: Parameters<SignJWT['sign']>[0]; exp?: string | number | null } = {}): Promise<string> {
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? 'HS256' }).setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
  return jwt.sign(options.key ?? key);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectUnauthorized(response: Response, withError: boolean): Promise<string> {
  const challenge = response.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer realm="routeros-gen"/);
  expect(challenge.includes('error="invalid_token"')).toBe(withError);
  const body = (await response.clone().json()) as { message: string };
  await expectError(response, 401, 'unauthorized');
  return body.message;
}

describe('HS256 (--jwt-secret)', () => {
  let server: GenAiServer;
  beforeAll(async () => {
    server = await start({ auth: { secret: SECRET } });
  });
  afterAll(() => server.close());

  it('200 with a token whose space-separated scope has script:create', async () => {
    const r = await postJson(server, PROMPT, bearer(await sign({ scope: 'script:view script:create' })));
    expect(r.status).toBe(200);
    expectScriptBody(await r.json());
  });

  it('200 with a scopes array holding script:create; the scheme name is case-insensitive', async () => {
    const token = await sign({ scopes: ['script:view', 'script:create'] });
    expect((await postJson(server, PROMPT, { authorization: `bearer ${token}` })).status).toBe(200);
  });

  it('401 without a token, with a bare Bearer challenge', async () => {
    expect(await expectUnauthorized(await postJson(server, PROMPT), false)).toMatch(/bearer token is required/);
    expect(await expectUnauthorized(await postJson(server, PROMPT, { authorization: 'Basic dXNlcjpwYXNz' }), false)).toMatch(/required/);
    await expectUnauthorized(await postJson(server, PROMPT, { authorization: 'Bearer' }), false);
  });

  it('401 invalid_token for garbage, a wrong secret, alg none, or a token without exp', async () => {
    await expectUnauthorized(await postJson(server, PROMPT, bearer('not.a.jwt')), true);
    const otherSecret = new TextEncoder().encode('another-secret-that-is-32-bytes-long');
    await expectUnauthorized(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }, { key: otherSecret }))), true);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ scope: 'script:create', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    await expectUnauthorized(await postJson(server, PROMPT, bearer(`${header}.${payload}.`)), true);
    await expectUnauthorized(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }, { exp: null }))), true);
    // a valid token cut short
    const valid = await sign({ scope: 'script:create' });
    await expectUnauthorized(await postJson(server, PROMPT, bearer(valid.slice(0, -3))), true);
  });

  it('401 for an expired token, and for one not valid yet', async () => {
    // past the default 60 s clock tolerance
    const expired = await sign({ scope: 'script:create' }, { exp: Math.floor(Date.now() / 1000) - 90 });
    expect(await expectUnauthorized(await postJson(server, PROMPT, bearer(expired)), true)).toMatch(/expired/);
    const notYet = await new SignJWT({ scope: 'script:create' }).setProtectedHeader({ alg: 'HS256' }).setNotBefore('10m').setExpirationTime('20m').sign(key);
    await expectUnauthorized(await postJson(server, PROMPT, bearer(notYet)), true);
  });

  it('403 insufficient_scope for a valid token without script:create', async () => {
    for (const payload of [{ scope: 'script:view script:run' }, { scopes: ['script:view'] }, {}, { scope: ['script:create'] }, { scope: 'script:creates' }]) {
      const r = await postJson(server, PROMPT, bearer(await sign(payload)));
      expect(r.headers.get('www-authenticate')).toBe('Bearer realm="routeros-gen", error="insufficient_scope", scope="script:create"');
      await expectError(r, 403, 'insufficient_scope');
    }
  });

  it('checks the token before the body: 401 for an oversized body without a token', async () => {
    await expectError(await postJson(server, { prompt: 'x'.repeat(20_000) }), 401, 'unauthorized');
    const r = parseRaw(await raw(server, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9999999\r\n\r\n'));
    expect(r.status).toBe(401);
    expect(r.headers.connection).toBe('close');
  });

  it('after the token: 415, 413 and 422 as without auth', async () => {
    const auth = bearer(await sign({ scope: 'script:create' }));
    await expectError(await postJson(server, '{}', { ...auth, 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    await expectError(await postJson(server, { prompt: 'x'.repeat(20_000) }, auth), 413, 'payload_too_large');
    await expectError(await postJson(server, { prompt: '' }, auth), 422, 'prompt_empty');
  });

  it('/healthz, /openapi.json and /docs/errors stay open; unknown paths are 404 without a token', async () => {
    for (const path of ['/healthz', '/openapi.json', '/docs/errors']) expect((await fetch(server.url + path)).status).toBe(200);
    await expectError(await fetch(`${server.url}/admin`), 404, 'not_found');
  });
});

describe('public keys (--jwt-public-key)', () => {
  for (const alg of ['ES256', 'RS256'] as const) {
    describe(alg, () => {
      let server: GenAiServer;
      let privateKey: CryptoKey;
      let pem: string;
      beforeAll(async () => {
        const pair = await generateKeyPair(alg, { extractable: true });
        privateKey = pair.privateKey;
        pem = await exportSPKI(pair.publicKey);
        server = await start({ auth: { publicKey: pem } });
      });
      afterAll(() => server.close());

      it('200 with a token signed by the matching private key', async () => {
        const r = await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }, { alg, key: privateKey })));
        expect(r.status).toBe(200);
        expectScriptBody(await r.json());
      });

      it('403 for a validly signed token without the scope', async () => {
        await expectError(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:view' }, { alg, key: privateKey }))), 403, 'insufficient_scope');
      });

      it('401 for an expired token, another key, or HS256 signed with the public key as secret', async () => {
        await expectUnauthorized(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }, { alg, key: privateKey, exp: Math.floor(Date.now() / 1000) - 90 }))), true);
        const other = await generateKeyPair(alg);
        await expectUnauthorized(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }, { alg, key: other.privateKey }))), true);
        const confused = await sign({ scope: 'script:create' }, { alg: 'HS256', key: new TextEncoder().encode(pem) });
        await expectUnauthorized(await postJson(server, PROMPT, bearer(confused)), true);
        await expectUnauthorized(await postJson(server, PROMPT, bearer(await sign({ scope: 'script:create' }))), true);
      });
    });
  }
});

describe('claims: audience, issuer, lifetime, clock tolerance', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const token = (claims: JWTPayload) => new SignJWT({ scope: 'script:create', ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key);
  let server: GenAiServer;
  let defaults: GenAiServer;
  beforeAll(async () => {
    server = await start({ auth: { secret: SECRET, audience: ['routeros-gen', 'rg2'], issuer: 'https://issuer.example', maxLifetimeSeconds: 3_600, clockToleranceSeconds: 30 } });
    defaults = await start({ auth: { secret: SECRET } });
  });
  afterAll(() => Promise.all([server.close(), defaults.close()]));

  const good = () => ({ aud: 'routeros-gen', iss: 'https://issuer.example', iat: now(), exp: now() + 600 });

  it('200 when aud (string or array) and iss match and the lifetime is within the limit', async () => {
    expect((await postJson(server, PROMPT, bearer(await token(good())))).status).toBe(200);
    expect((await postJson(server, PROMPT, bearer(await token({ ...good(), aud: ['other', 'rg2'] })))).status).toBe(200);
  });

  it('401 for a missing or other audience, or a missing or other issuer', async () => {
    const { aud: _aud, ...noAud } = good();
    const { iss: _iss, ...noIss } = good();
    for (const claims of [noAud, { ...good(), aud: 'other' }, { ...good(), aud: ['a', 'b'] }, noIss, { ...good(), iss: 'https://evil.example' }]) {
      await expectUnauthorized(await postJson(server, PROMPT, bearer(await token(claims))), true);
    }
  });

  it('401 for a token living longer than the maximum lifetime (exp - iat, or exp - now without iat)', async () => {
    await expectUnauthorized(await postJson(server, PROMPT, bearer(await token({ ...good(), exp: now() + 7_200 }))), true);
    const { iat: _iat, ...noIat } = good();
    expect((await postJson(server, PROMPT, bearer(await token(noIat)))).status).toBe(200);
    expect(await expectUnauthorized(await postJson(server, PROMPT, bearer(await token({ ...noIat, exp: now() + 7_200 }))), true)).toMatch(/longer than the 3600 s/);
    // the default limit is one day: exp 1e20 is refused without any option
    await expectUnauthorized(await postJson(defaults, PROMPT, bearer(await token({ exp: 1e20 }))), true);
    await expectUnauthorized(await postJson(defaults, PROMPT, bearer(await token({ iat: now(), exp: now() + 2 * 86_400 }))), true);
    expect((await postJson(defaults, PROMPT, bearer(await token({ iat: now(), exp: now() + 3_600 })))).status).toBe(200);
  });

  it('an iat in the future is refused beyond the clock tolerance, accepted within it', async () => {
    expect(await expectUnauthorized(await postJson(server, PROMPT, bearer(await token({ ...good(), iat: now() + 300, exp: now() + 600 }))), true)).toMatch(/issued in the future/);
    expect((await postJson(server, PROMPT, bearer(await token({ ...good(), iat: now() + 10, exp: now() + 600 })))).status).toBe(200);
    await expectUnauthorized(await postJson(defaults, PROMPT, bearer(await token({ iat: now() + 120, exp: now() + 600 }))), true);
  });

  it('exp and nbf honour the clock tolerance', async () => {
    expect((await postJson(server, PROMPT, bearer(await token({ ...good(), iat: now() - 100, exp: now() - 10 })))).status).toBe(200);
    await expectUnauthorized(await postJson(server, PROMPT, bearer(await token({ ...good(), iat: now() - 100, exp: now() - 60 }))), true);
    expect((await postJson(server, PROMPT, bearer(await token({ ...good(), nbf: now() + 10 })))).status).toBe(200);
    await expectUnauthorized(await postJson(server, PROMPT, bearer(await token({ ...good(), nbf: now() + 120 }))), true);
  });

  it('bad claim options are refused at startup', () => {
    expect(() => createServer({ auth: { secret: SECRET, audience: '' } })).toThrow(/audience must be a non-empty string/);
    expect(() => createServer({ auth: { secret: SECRET, issuer: [] } })).toThrow(/issuer must be a non-empty string/);
    expect(() => createServer({ auth: { secret: SECRET, maxLifetimeSeconds: 0 } })).toThrow(/maximum token lifetime/);
    expect(() => createServer({ auth: { secret: SECRET, clockToleranceSeconds: -1 } })).toThrow(/clock tolerance/);
  });
});

describe('keys refused at startup', () => {
  it('a short HS256 secret', () => {
    expect(() => createServer({ auth: { secret: 'short' } })).toThrow(/at least 32 bytes/);
  });

  it('a private key, an RSA key under 2048 bits, an Ed25519 key, and text that is not a key', () => {
    const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const ed = generateKeyPairSync('ed25519');
    expect(() => createServer({ auth: { publicKey: rsa1024.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string } })).toThrow(/private key/);
    expect(() => createServer({ auth: { publicKey: rsa1024.publicKey.export({ type: 'spki', format: 'pem' }) as string } })).toThrow(/2048/);
    expect(() => createServer({ auth: { publicKey: ed.publicKey.export({ type: 'spki', format: 'pem' }) as string } })).toThrow(/RSA \(RS256\) or EC P-256/);
    expect(() => createServer({ auth: { publicKey: 'hello' } })).toThrow(/not a PEM public key/);
  });
});
