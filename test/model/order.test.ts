/**
 * The order of a script's own filter rules: a later exception goes before the earlier rule that would take its
 * traffic first; a narrower earlier rule (the exception already) stays first.
 */
import { describe, expect, it } from 'vitest';
import { command } from '../../src/ast/build.js';
import { orderOwnRules } from '../../src/model/order.js';
import { printScript } from '../../src/rsc/print.js';

const FILTER = '/ip firewall filter';
const text = (cs: Parameters<typeof printScript>[0]['statements']): string => printScript({ kind: 'script', statements: cs }).trim();

describe('orderOwnRules', () => {
  it('moves a later accept above the earlier drop of the same traffic from a whole side', () => {
    const drop = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': '22', 'in-interface-list': 'WAN', action: 'drop' });
    const accept = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'src-address': '203.0.113.7', 'dst-port': '22', action: 'accept' });
    const { commands, notes } = orderOwnRules([drop, accept]);
    expect(commands).toEqual([accept, drop]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('dst-port=22');
  });

  it('keeps a narrower earlier rule first ("accept from LAN" before "drop all else")', () => {
    const accept = command(FILTER, 'add', { chain: 'input', 'in-interface-list': 'LAN', action: 'accept' });
    const drop = command(FILTER, 'add', { chain: 'input', action: 'drop' });
    expect(orderOwnRules([accept, drop])).toEqual({ commands: [accept, drop], notes: [] });
  });

  it('keeps an earlier exception limited by address first ("allow ssh from 10.0.0.5, then block ssh")', () => {
    const accept = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'src-address': '10.0.0.5', 'dst-port': '22', action: 'accept' });
    const drop = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': '22', action: 'drop' });
    expect(orderOwnRules([accept, drop]).commands).toEqual([accept, drop]);
  });

  it('leaves rules of other chains, of other traffic and other menus where they are', () => {
    const drop = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': '22', action: 'drop' });
    const other = command(FILTER, 'add', { chain: 'forward', protocol: 'tcp', 'dst-port': '22', action: 'accept' });
    const port = command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': '443', action: 'accept' });
    const nat = command('/ip firewall nat', 'add', { chain: 'srcnat', action: 'masquerade' });
    expect(text(orderOwnRules([drop, other, port, nat]).commands)).toBe(text([drop, other, port, nat]));
  });
});
