/**
 * The shared lexer and parser skip Chevrotain's definition checks when they
 * are built (they cost start-up time and cannot change at run time); here
 * both are built with the checks on, so a broken token or grammar rule still
 * fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { createLexer, lex } from '../../src/rsc/lexer.js';
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

  it('read every UTF-16 code inside a string as text, and outside one as junk exactly when nothing else takes it', () => {
    const special = new Set(['"', '\\', '$']);
    // Controls (not tab, LF, CR), backquote, DEL and everything past ASCII but the byte order mark.
    const junk = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x60 || (c >= 0x7f && c !== 0xfeff);
    for (let code = 0; code < 0x10000; code += code < 0x300 ? 1 : 61) {
      const c = String.fromCharCode(code);
      if (special.has(c) || code === 0x0d || code === 0x0a) continue;
      const inString = lex(`:put "a${c}b$x"`).tokens.map((t) => t.tokenType.name);
      expect(inString, `U+${code.toString(16)} in a string`).toEqual(['Colon', 'Word', 'StringStart', 'StringText', 'Variable', 'StringEnd']);
      const outside = lex(`:put ${c}`).tokens.some((t) => t.tokenType.name === 'Junk' || t.tokenType.name === 'Unknown');
      expect(outside, `U+${code.toString(16)} outside strings`).toBe(junk(code));
    }
  });
});
