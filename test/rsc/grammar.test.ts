/**
 * The shared lexer and parser skip Chevrotain's definition checks when they
 * are built (they cost start-up time and cannot change at run time); here
 * both are built with the checks on, so a broken token or grammar rule still
 * fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { createLexer } from '../../src/rsc/lexer.js';
import { RscParser } from '../../src/rsc/parser.js';
import { parseScript } from '../../src/rsc/parse.js';

describe('the RouterOS lexer and grammar definitions', () => {
  it('pass Chevrotain\'s lexer checks (a broken pattern throws while the lexer is built)', () => {
    const lexer = createLexer({ validate: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    const text = '/ip address add address=10.0.0.1/24 interface=ether1 comment="a $x b"';
    const checked = lexer.tokenize(text).tokens.map((t) => [t.image, t.tokenType.name]);
    const shared = createLexer().tokenize(text).tokens.map((t) => [t.image, t.tokenType.name]);
    expect(checked).toEqual(shared);
    expect(checked.length).toBeGreaterThan(5);
  });

  it('pass Chevrotain\'s grammar checks (ambiguities and left recursion throw while the parser is built)', () => {
    const parser = new RscParser({ validate: true });
    expect(parser.definitionErrors).toEqual([]);
  });

  it('the shared (unchecked) parser still reads a script', () => {
    const result = parseScript(':local a 1\n/ip firewall filter add chain=input action=drop');
    expect(result.diagnostics).toEqual([]);
  });
});
