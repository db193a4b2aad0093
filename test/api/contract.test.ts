import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, generateScript, handleGenAiRequest, RequestError, VERSION } from '../../src/index.js';
import { validateAiScriptResponse, validateErrorResponse } from '../../src/api/schemas.js';
import { countTokens } from '../../src/rsc/lexer.js';
import { parseScript } from '../../src/rsc/parse.js';

function expectError(result: ReturnType<typeof handleGenAiRequest>, status: number, code: string): void {
  expect(result.status).toBe(status);
  expect(validateErrorResponse(result.body).valid).toBe(true);
  expect(result.body).toMatchObject({ code });
}

describe('handleGenAiRequest: statuses and error codes', () => {
  it('200 with an AiScriptResponse for an understood prompt', () => {
    const result = handleGenAiRequest({ prompt: 'Block SSH from the internet' });
    expect(result.status).toBe(200);
    expect(validateAiScriptResponse(result.body).valid).toBe(true);
    if (result.status !== 200) return;
    expect(result.body.response).toHaveLength(1);
    expect(result.body.response[0]).toMatchObject({ destructive: true });
    expect(result.body.response[0]!.content).toContain('/ip firewall filter add');
  });

  it('200 with empty content and a reason for a refusal', () => {
    const result = handleGenAiRequest({ prompt: 'forward port 80' });
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body.response[0]).toMatchObject({ content: '', destructive: false });
    expect(result.body.response[0]!.error).toMatch(/internal address.*A prompt that works/);
  });

  it('400 when the body is not an object', () => {
    for (const body of [null, 'prompt', 42, [], [{ prompt: 'x' }], true]) expectError(handleGenAiRequest(body), 400, 'invalid_body');
  });

  it('400 when the prompt is missing or not a string', () => {
    expectError(handleGenAiRequest({}), 400, 'parameter_missing');
    expectError(handleGenAiRequest({ promt: 'block ssh' }), 400, 'parameter_missing');
    for (const prompt of [1, null, ['a'], { a: 1 }, false]) expectError(handleGenAiRequest({ prompt }), 400, 'parameter_invalid_type');
  });

  it('422 when the prompt is empty, whitespace or over 200 characters', () => {
    expectError(handleGenAiRequest({ prompt: '' }), 422, 'prompt_empty');
    expectError(handleGenAiRequest({ prompt: ' \n\t ' }), 422, 'prompt_empty');
    expectError(handleGenAiRequest({ prompt: 'a'.repeat(201) }), 422, 'prompt_too_long');
    expect(handleGenAiRequest({ prompt: 'block ssh ' + 'a'.repeat(190) }).status).toBe(200);
    // Characters, not UTF-16 units: 200 emoji is within the limit.
    expect(handleGenAiRequest({ prompt: '😀'.repeat(200) }).status).toBe(200);
  });

  it('400 for invalid options', () => {
    expectError(handleGenAiRequest({ prompt: 'block ssh' }, { wan: 'ether1; /system reboot' }), 400, 'invalid_option');
    expectError(handleGenAiRequest({ prompt: 'block ssh' }, { lanSubnet: '10.0.0.0/40' }), 400, 'invalid_option');
    expectError(handleGenAiRequest({ prompt: 'block ssh' }, { colour: 'red' } as never), 400, 'invalid_option');
  });

  it('every error code maps to a documented status and type', () => {
    for (const code of ERROR_CODES) {
      const error = new RequestError(code, 'm');
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(validateErrorResponse(error.body).valid).toBe(true);
      expect(error.body.doc_url).toBe(`/docs/errors#${code}`);
    }
  });
});

describe('generateScript', () => {
  it('throws RequestError only for an invalid prompt', () => {
    expect(() => generateScript('')).toThrow(RequestError);
    expect(() => generateScript(42 as unknown as string)).toThrow(RequestError);
    expect(() => generateScript('x'.repeat(201))).toThrow(/at most 200/);
    expect(() => generateScript('make me a sandwich')).not.toThrow();
  });

  it('gives the same response_id for the same request, another for other options', () => {
    const a = generateScript('block ssh from the internet');
    const b = generateScript('block ssh from the internet');
    const c = generateScript('block ssh from the internet', { wan: 'ether1' });
    expect(a).toEqual(b);
    expect(a.response_id).toMatch(/^cmpl-[0-9a-f]{24}$/);
    expect(c.response_id).not.toBe(a.response_id);
  });

  it('counts tokens honestly: prompt by the English tokenizer, completion by the RouterOS lexer', () => {
    const r = generateScript('Block SSH from the internet');
    expect(r.tokenUsage.prompt).toBe(5);
    expect(r.tokenUsage.completion).toBe(countTokens(r.response[0]!.content));
    expect(r.tokenUsage.total).toBe(r.tokenUsage.prompt + r.tokenUsage.completion);
    const refused = generateScript('hello');
    expect(refused.tokenUsage).toEqual({ prompt: 1, completion: 0, total: 1 });
  });

  it('uses the wan option for "from the internet"', () => {
    expect(generateScript('block ssh from the internet', { wan: 'ether1' }).response[0]!.content).toContain('in-interface=ether1');
    expect(generateScript('block ssh from the internet', { wan: { list: 'INTERNET' } }).response[0]!.content).toContain('in-interface-list=INTERNET');
  });

  it('keeps VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('hostile text never becomes a command', () => {
  const hostile = ['$[/system reboot]', '$(1+1) \\ /user remove admin', 'a; /ip address remove 0', "it's [find] $x \\n"];
  for (const text of hostile) {
    it(`comment ${JSON.stringify(text)} stays one escaped string`, () => {
      const item = generateScript(`block ssh from the internet with comment "${text}"`).response[0]!;
      const { ast, diagnostics } = parseScript(item.content);
      expect(diagnostics).toEqual([]);
      // One command, in the firewall, whose comment is exactly the user's text.
      expect(ast.statements).toHaveLength(1);
      const command = ast.statements[0]!;
      expect(command).toMatchObject({ kind: 'command', path: ['ip', 'firewall', 'filter'], name: 'add' });
      const comment = command.kind === 'command' ? command.args.find((a) => a.kind === 'named' && a.name === 'comment') : undefined;
      expect(comment).toMatchObject({ value: { kind: 'string', value: text } });
    });
  }

  it('a quote that tries to end the string is refused, not obeyed', () => {
    const item = generateScript('block ssh from the internet with comment "x"; /system reset-configuration; :put "').response[0]!;
    expect(item.content).toBe('');
    expect(item.error).toMatch(/RouterOS syntax/);
  });
});
