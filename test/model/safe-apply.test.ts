import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, generateScript, parseScript, RequestError, runPolicy, validateScript } from '../../src/index.js';
import { applyCommand, copyMenus, sameConfiguration } from '../../src/model/model.js';

const home = buildRouterModel(readFileSync(join(import.meta.dirname, '../fixtures/config/home-defconf.rsc'), 'utf8'));

describe('safe apply: the scheduled-revert pattern', () => {
  it('wraps a destructive script: a scheduler entry running the undo after N minutes, then the script, and says how to cancel', () => {
    const r = generateScript('disable ether3', { config: home, safeApply: 5 });
    const item = r.response[0];
    const lines = item.content.trim().split('\n');
    expect(lines).toHaveLength(2);
    const name = `routeros-gen-revert-${r.response_id.slice(5, 13)}`;
    expect(lines[0]).toBe(`/system scheduler add name="${name}" interval=5m on-event="/system scheduler remove [find name=\\"${name}\\"]\\n/interface set ether3 disabled=no\\n" comment="routeros-gen: revert unless cancelled"`);
    expect(lines[1]).toBe('/interface disable ether3');
    expect(item.destructive).toBe(true);
    expect(item.error).toContain(`cancel the revert with: /system scheduler remove [find name="${name}"]`);
    // The script validates, and the policy still reads the revert's on-event as code.
    const parsed = parseScript(item.content);
    expect(validateScript(parsed.ast).filter((d) => d.severity === 'error')).toEqual([]);
    expect(runPolicy(parsed.ast).destructive).toBe(true);
  });

  it('the revert gives back the configuration: the script, then the on-event (self-removal and undo)', () => {
    const item = generateScript('only allow winbox from 10.0.0.0/8', { config: home, safeApply: 10 }).response[0];
    const statements = parseScript(item.content).ast.statements;
    const menus = copyMenus(home);
    for (const s of statements) if (s.kind === 'command') expect(applyCommand(menus, s)).toBeUndefined();
    const revert = statements[0]!;
    if (revert.kind !== 'command') throw new Error('no scheduler entry');
    const onEvent = revert.args.find((a) => a.kind === 'named' && a.name === 'on-event');
    if (onEvent?.kind !== 'named' || onEvent.value?.kind !== 'string') throw new Error('no on-event');
    for (const s of parseScript(onEvent.value.value).ast.statements) if (s.kind === 'command') expect(applyCommand(menus, s)).toBeUndefined();
    expect(sameConfiguration(menus, home.menus)).toBe(true);
  });

  it('leaves a harmless script alone; needs config and a number of minutes', () => {
    expect(generateScript('allow winbox from 10.0.0.0/8', { config: home, safeApply: 5 }).response[0].content).not.toContain('/system scheduler');
    expect(() => generateScript('disable ether3', { safeApply: 5 })).toThrow(RequestError);
    expect(() => generateScript('disable ether3', { config: home, safeApply: 0 })).toThrow(RequestError);
  });
});
