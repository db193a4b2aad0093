import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, generateScript, handleGenAiRequest, parseScript, type RouterModel } from '../../src/index.js';
import { applyCommand, copyMenus, type ModelEntry } from '../../src/model/model.js';
import { fitToRouter } from '../../src/model/context.js';
import { DROPS, readTraffic, relate } from '../../src/model/traffic.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const FIXTURES = ['home-defconf', 'office-vlans-two-wans', 'bare-no-firewall'] as const;
const texts = Object.fromEntries(FIXTURES.map((n) => [n, readFileSync(join(DIR, `${n}.rsc`), 'utf8')])) as Record<string, string>;
const models = Object.fromEntries(FIXTURES.map((n) => [n, buildRouterModel(texts[n]!)])) as Record<string, RouterModel>;

interface Case {
  config: string;
  prompt: string;
  script?: string;
  destructive?: boolean;
  already?: string;
  refused?: string;
  /** A name that exists: the same answer as without the configuration (the check lets it through). */
  control?: boolean;
}
const CASES: Case[] = readFileSync(join(DIR, 'prompts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

/** The model after a script: each command applied in order (place-before must name exactly one rule). */
function after(model: RouterModel, script: string): Map<string, ModelEntry[]> {
  const menus = copyMenus(model);
  for (const s of parseScript(script).ast.statements) {
    if (s.kind !== 'command') continue;
    const problem = applyCommand(menus, s);
    expect(problem, `${script}: ${problem}`).toBeUndefined();
  }
  return menus;
}

describe('generation against the router configuration (test/fixtures/config)', () => {
  it.each(CASES.map((c) => [`${c.config}: ${c.prompt}`, c] as const))('%s', (_name, c) => {
    const r = generateScript(c.prompt, { config: models[c.config]! }).response[0];
    if (c.script !== undefined) {
      expect(r.content.trim()).toBe(c.script);
      expect(r.destructive).toBe(c.destructive);
      after(models[c.config]!, r.content);
    } else if (c.already !== undefined) {
      expect(r.content).toBe('');
      expect(r.error).toContain(c.already);
    } else {
      expect(r.content).toBe('');
      expect(r.error).toBe(c.refused);
    }
    // Every other case is one whose right answer depends on the configuration.
    if (c.control === true) return;
    const without = generateScript(c.prompt).response[0];
    expect({ content: without.content, error: without.error }).not.toEqual({ content: r.content, error: r.error });
  });

  it('covers each fixture with placement, names and already-there cases', () => {
    for (const f of FIXTURES) {
      const mine = CASES.filter((c) => c.config === f);
      expect(mine.some((c) => c.script !== undefined)).toBe(true);
      expect(mine.some((c) => c.already !== undefined)).toBe(true);
      expect(mine.some((c) => c.refused !== undefined)).toBe(true);
    }
    expect(CASES.some((c) => c.script?.includes('place-before=[find where comment='))).toBe(true);
  });

  it('the configuration as text and as a model built once give the same response', () => {
    for (const f of FIXTURES) {
      for (const prompt of ['allow winbox from 10.0.0.0/8', 'disable dhcp server dhcp1']) {
        expect(generateScript(prompt, { config: texts[f]! })).toEqual(generateScript(prompt, { config: models[f]! }));
      }
    }
    // ... and a different response id from the same prompt without it.
    expect(generateScript('allow winbox from 10.0.0.0/8', { config: models['home-defconf']! }).response_id).not.toBe(generateScript('allow winbox from 10.0.0.0/8').response_id);
  });

  it('the notes say where the rule went and why', () => {
    const r = generateScript('allow ssh from 10.1.0.0/16', { config: models['home-defconf']! }).response[0];
    expect(r.error).toContain('The rule is placed before "defconf: drop all not coming from LAN", since "defconf: drop all not coming from LAN" would drop this traffic first.');
    expect(r.error).not.toMatch(/`add` puts the/);
  });

  it('refuses to place before a rule it cannot name without rule numbers', () => {
    const m = buildRouterModel('/ip firewall filter\nadd chain=input action=accept connection-state=established,related\nadd chain=input action=drop\n');
    const r = generateScript('allow winbox from 10.0.0.0/8', { config: m }).response[0];
    expect(r.content).toBe('');
    expect(r.error).toMatch(/has no comment, so no place-before can name it without rule numbers/);
  });

  it('the options still win over the configuration', () => {
    const r = generateScript('add ether6 to the bridge', { config: models['home-defconf']!, lanBridge: 'bridge' }).response[0];
    expect(r.content).toBe('/interface bridge port add bridge=bridge interface=ether6\n');
    const refused = generateScript('add ether6 to the bridge', { config: models['bare-no-firewall']!, lanBridge: 'bridge' }).response[0];
    expect(refused.error).toContain('there is no bridge bridge in the router');
  });
});

/** Prompts whose rules the property below checks, over every fixture. */
function grid(): string[] {
  const services = ['ssh', 'winbox', 'telnet', 'dns', 'port 8080', 'icmp', 'http'];
  const sources = ['', ' from the internet', ' from 10.0.0.0/8', ' from 192.0.2.7', ' from the lan', ' from address list admins'];
  const out: string[] = [];
  for (const verb of ['allow', 'block']) for (const s of services) for (const src of sources) out.push(`${verb} ${s}${src}`);
  out.push('allow rdp from the internet to 10.10.10.30', 'block rdp to 192.168.88.10', 'only allow winbox from 10.0.0.0/8', 'allow winbox from 10.0.0.0/8 then block ssh');
  return out;
}

describe('the script\'s own order and FastTrack (eval-2 class 1)', () => {
  // A default configuration as older RouterOS versions write it: no IPsec accepts and no FastTrack in the forward chain.
  const older = texts['home-defconf']!
    .split('\n')
    .filter((l) => !/comment="defconf: (?:accept (?:in|out) ipsec policy|fasttrack)"/.test(l))
    .join('\n');
  it('a basic firewall on it adds no input rule, and FastTrack goes above the accept of established connections', () => {
    const r = generateScript('set up a basic firewall', { config: older }).response[0];
    expect(r.content).not.toContain('chain=input');
    expect(r.content).toContain('action=fasttrack-connection connection-state=established,related comment="basic firewall: fasttrack" place-before=[find where comment="defconf: accept established,related, untracked"]');
    expect(r.error).toContain('Already done: "basic firewall: accept from LAN" is not added either');
    expect(r.error).not.toContain('This drop will cut');
  });
  it('a drop is never placed above the accept the script wrote before it', () => {
    const r = generateScript('allow ssh from 10.0.0.0/8 then block all traffic from the internet', { config: texts['bare-no-firewall']! }).response[0];
    const lines = r.content.trim().split('\n');
    expect(lines[0]).toContain('src-address=10.0.0.0/8');
    expect(lines.filter((l) => l.includes('action=drop'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('place-before'))).toBe(false);
    expect(r.error).toContain('this script writes that accept first on purpose');
  });
});

describe('property: a generated rule takes effect where it is placed', () => {
  it('no accept is preceded by a drop that drops its traffic from a whole side, or all of it; no drop by an accept as broad', () => {
    let checked = 0;
    for (const f of FIXTURES) {
      const model = models[f]!;
      for (const prompt of grid()) {
        const r = generateScript(prompt, { config: model }).response[0];
        if (r.content === '') continue;
        const menus = after(model, r.content);
        const rules = menus.get('ip firewall filter') ?? [];
        const added = parseScript(r.content).ast.statements.filter((s) => s.kind === 'command' && s.name === 'add' && s.path.join(' ') === 'ip firewall filter');
        const mineAt: number[] = [];
        for (const c of added) {
          if (c.kind !== 'command') continue;
          const props: Record<string, string> = {};
          for (const a of c.args) if (a.kind === 'named' && a.name !== 'place-before') props[a.name] = a.value !== null ? printed(a.value) : '';
          const at = rules.findIndex((e) => JSON.stringify(e.props) === JSON.stringify(props));
          expect(at, `${f}: ${prompt}`).toBeGreaterThanOrEqual(0);
          const mine = readTraffic(props, model);
          mineAt.push(at);
          for (const [i, earlier] of rules.slice(0, at).entries()) {
            if (earlier.props.disabled === 'yes') continue;
            // An accept the script itself wrote before its drop is the exception it makes on purpose ("accept from LAN", then "drop all else").
            if (props.action !== 'accept' && (earlier.props.action ?? 'accept') === 'accept' && mineAt.includes(i)) continue;
            const theirs = readTraffic(earlier.props, model);
            const rel = relate(theirs, mine);
            const opposite = props.action === 'accept' ? DROPS.has(theirs.action) : theirs.action === 'accept';
            if (opposite) expect(rel.covers || (rel.overlaps && !rel.selective), `${f}: "${prompt}" comes after ${JSON.stringify(earlier.props)}`).toBe(false);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

function printed(v: import('../../src/index.js').Value): string {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'list') return v.items.map(printed).join(',');
  if (v.kind === 'negated') return '!' + printed(v.value);
  if (v.kind === 'word') return v.text;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'prefix') return `${v.address}/${v.length}`;
  if (v.kind === 'ip') return v.address;
  if (v.kind === 'range') return `${v.from}-${v.to}`;
  return '';
}

describe('hostile configurations', () => {
  it('a comment from the configuration is written only as an escaped string', () => {
    const m = buildRouterModel('/ip firewall filter\nadd chain=input action=drop in-interface-list=!LAN comment="x\\"] ; /system reboot ; :put [\\"$y"\n/interface list\nadd name=LAN\nadd name=WAN\n');
    const r = generateScript('allow winbox from 10.0.0.0/8', { config: m }).response[0];
    expect(r.content).toContain('place-before=[find where comment=');
    const statements = parseScript(r.content).ast.statements;
    expect(statements).toHaveLength(1);
    expect(r.content).not.toMatch(/^\/system/m);
  });

  it('bad configuration text never throws from generateScript', () => {
    for (const text of ['/ip firewall filter\nadd [[[', '\u0000\u0001', '/interface bridge port\nadd bridge=\n', ':foreach i in=[/interface find] do={ /interface set $i disabled=yes }']) {
      expect(() => generateScript('allow winbox from 10.0.0.0/8', { config: text })).not.toThrow();
    }
  });
});

describe('placement of NAT and mangle rules', () => {
  const fit = (config: string, script: string) => {
    const commands = parseScript(script).ast.statements.filter((s) => s.kind === 'command');
    return fitToRouter(commands as never, buildRouterModel(config));
  };
  const nat = '/interface list\nadd name=WAN\n/interface list member\nadd interface=ether1 list=WAN\n/ip address\nadd address=192.168.88.1/24 interface=bridge\n/ip firewall nat\n';

  it('a specific srcnat goes before the catch-all masquerade; a catch-all is fine last', () => {
    const r = fit(nat + 'add action=masquerade chain=srcnat comment=all-out out-interface-list=WAN\n', '/ip firewall nat add chain=srcnat src-address=192.168.88.50 out-interface=ether1 action=src-nat to-addresses=203.0.113.9\n');
    expect(r.kind).toBe('commands');
    if (r.kind !== 'commands') return;
    expect(r.commands[0]!.args.some((a) => a.kind === 'named' && a.name === 'place-before')).toBe(true);
    expect(r.notes.join('\n')).toContain('The NAT rule is placed before "all-out", since "all-out" would translate all of this traffic first.');
    // The other way round: an exception the admin put first stays first, and the note says so.
    const last = fit(nat + 'add action=accept chain=srcnat comment=vpn dst-address=10.8.0.0/16\n', '/ip firewall nat add chain=srcnat out-interface-list=WAN action=masquerade\n');
    expect(last.kind === 'commands' && last.commands[0]!.args.some((a) => a.kind === 'named' && a.name === 'place-before')).toBe(false);
    expect(last.kind === 'commands' && last.notes.join('\n')).toContain('"vpn" comes before it and still takes the part of this traffic it matches');
  });

  it('a rule that says where it goes keeps its place (the IPsec exemption first, before the masquerade)', () => {
    const r = fit(nat + 'add action=masquerade chain=srcnat comment=all-out out-interface-list=WAN\n', '/ip firewall nat add chain=srcnat action=accept src-address=192.168.88.0/24 dst-address=10.2.0.0/16 place-before=0\n');
    expect(r.kind).toBe('commands');
    if (r.kind !== 'commands') return;
    expect(r.commands[0]!.args.find((a) => a.kind === 'named' && a.name === 'place-before')).toMatchObject({ value: { kind: 'number', value: 0 } });
    expect(r.notes.join('\n')).not.toContain('added at the end');
  });

  it('a port already forwarded elsewhere is a conflict, refused', () => {
    const r = fit(nat + 'add action=dst-nat chain=dstnat comment=nvr dst-port=8443 in-interface-list=WAN protocol=tcp to-addresses=10.0.0.20\n', '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8443 action=dst-nat to-addresses=10.0.0.30\n');
    expect(r.kind).toBe('refusal');
    // A narrower forward inside a forwarded range goes before it.
    const inside = fit(nat + 'add action=dst-nat chain=dstnat comment=range dst-port=8000-8999 in-interface-list=WAN protocol=tcp to-addresses=10.0.0.20\n', '/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8443 action=dst-nat to-addresses=10.0.0.30\n');
    expect(inside.kind === 'commands' && inside.notes.join('\n')).toContain('placed before "range"');
  });

  it('mangle: an earlier accept that takes all the traffic is passed; a mark with passthrough=no is a conflict; passthrough=yes marks do not stop the chain', () => {
    const mangle = nat.replace('/ip firewall nat\n', '/ip firewall mangle\n');
    const add = '/ip firewall mangle add chain=prerouting src-address=192.168.88.50 action=mark-routing new-routing-mark=isp2\n';
    const accept = fit(mangle + 'add action=accept chain=prerouting comment=skip\n', add);
    expect(accept.kind === 'commands' && accept.notes.join('\n')).toContain('placed before "skip"');
    expect(fit(mangle + 'add action=mark-routing chain=prerouting comment=all new-routing-mark=main2 passthrough=no\n', add).kind).toBe('refusal');
    const goesOn = fit(mangle + 'add action=mark-connection chain=prerouting comment=conn new-connection-mark=c\n', add);
    expect(goesOn.kind === 'commands' && goesOn.notes.join('\n')).toContain('added at the end of chain prerouting');
  });
});

describe('placement of raw rules', () => {
  const fit = (config: string, script: string) => {
    const commands = parseScript(script).ast.statements.filter((s) => s.kind === 'command');
    return fitToRouter(commands as never, buildRouterModel(config));
  };
  const raw = '/interface list\nadd name=WAN\n/interface list member\nadd interface=ether1 list=WAN\n/ip firewall raw\n';
  const drop = '/ip firewall raw add chain=prerouting src-address=203.0.113.0/24 action=drop\n';

  it('a drop goes before an accept as broad; a limited accept stays in front and is said', () => {
    const r = fit(raw + 'add action=accept chain=prerouting comment="raw: accept the rest"\n', drop);
    expect(r.kind === 'commands' && r.notes.join('\n')).toContain('The rule is placed before "raw: accept the rest"');
    const limited = fit(raw + 'add action=accept chain=prerouting comment=partner src-address=203.0.113.64/26\n', drop);
    expect(limited.kind === 'commands' && limited.notes.join('\n')).toContain('"partner" comes before it and still accepts the part of this traffic it matches');
    // The same drop already there.
    const already = fit(raw + 'add action=drop chain=prerouting comment=bogons src-address=203.0.0.0/8\n', drop);
    expect(already.kind === 'commands' && already.commands).toEqual([]);
  });

  it('a notrack that takes all of the traffic first is refused, not relied on', () => {
    expect(fit(raw + 'add action=notrack chain=prerouting comment=all-untracked\n', drop).kind).toBe('refusal');
    const part = fit(raw + 'add action=notrack chain=prerouting comment=voip protocol=udp\n', drop);
    expect(part.kind === 'commands' && part.notes.join('\n')).toContain('"voip" comes before it');
  });
});

describe('a place the request gives', () => {
  it('stands (no second place-before), and is refused when it names no rule of the router', () => {
    const prompt = 'ipsec tunnel to 198.51.100.2 between 192.168.88.0/24 and 192.168.2.0/24 with key S3cret-Long-Key-1';
    const r = generateScript(prompt, { config: models['home-defconf']! }).response[0];
    const nat = r.content.split('\n').find((l) => l.startsWith('/ip firewall nat add'))!;
    expect(nat.match(/place-before=/g)).toHaveLength(1);
    expect(nat).toContain('place-before=0');
    // In the model it goes first, before the default masquerade.
    const menus = after(models['home-defconf']!, r.content);
    expect(menus.get('ip firewall nat')![0]!.props.comment).toBe('ipsec-198.51.100.2: no NAT to 192.168.2.0/24');
    // A router without NAT rules: place-before=0 names nothing, so RouterOS would refuse the add.
    const noNat = buildRouterModel(texts['home-defconf']!.replace(/\/ip firewall nat\n.*\n/, ''));
    const refused = generateScript(prompt, { config: noNat }).response[0];
    expect(refused.content).toBe('');
    expect(refused.error).toBe("Cannot generate this safely for this router: the new NAT rule is to go at place-before=0, which names no NAT rule of the router's configuration (it has 0 NAT rules), so RouterOS would refuse to add it there.");
  });
});
