/**
 * The two properties issue 18 asks for, over prompts fast-check composes against each fixture configuration:
 * 1. applying a generated script and then its undo to the parsed model gives back the model;
 * 2. a generated accept is never preceded by a drop that matches the same traffic (nor a drop by an accept as broad),
 *    and a generated NAT rule is never preceded by a rule that translates all of its traffic otherwise.
 * `npm test` runs them briefly with a fixed seed; `npm run fuzz` runs them long (test/fuzz/config.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, generateScript, parseScript, undoScript, type RouterModel } from '../../src/index.js';
import { applyCommand, copyMenus, sameConfiguration, valueText, type ModelEntry, type Props } from '../../src/model/model.js';
import { DROPS, readTraffic, relate } from '../../src/model/traffic.js';
import { fuzz, TIMEOUT } from '../fuzz/config.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const FIXTURES = ['home-defconf', 'office-vlans-two-wans', 'bare-no-firewall'] as const;
const models = Object.fromEntries(FIXTURES.map((n) => [n, buildRouterModel(readFileSync(join(DIR, `${n}.rsc`), 'utf8'))])) as Record<string, RouterModel>;

/** Names each fixture has, for prompts that act on what exists. */
function names(m: RouterModel): { interfaces: string[]; lists: string[]; entries: [string, string][] } {
  return {
    interfaces: [...m.interfaces().keys()],
    lists: m.addressLists(),
    entries: m.entries('ip firewall address-list').flatMap((e) => (e.props.list && e.props.address ? [[e.props.address, e.props.list] as [string, string]] : [])),
  };
}

const octet = fc.integer({ min: 1, max: 223 });
/** An aligned IPv4 prefix, or a host. */
const prefix = fc.tuple(octet, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }), fc.constantFrom(8, 16, 24, 32)).map(([a, b, c, d, len]) => {
  const n = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  const net = len === 32 ? n : (n & ((0xffffffff << (32 - len)) >>> 0)) >>> 0;
  const ip = [net >>> 24, (net >>> 16) & 255, (net >>> 8) & 255, net & 255].join('.');
  return len === 32 ? ip : `${ip}/${len}`;
});
const service = fc.oneof(fc.constantFrom('ssh', 'winbox', 'telnet', 'dns', 'http', 'https', 'icmp', 'rdp'), fc.integer({ min: 1024, max: 65000 }).map((p) => `port ${p}`));

/** A prompt whose answer depends on the fixture: firewall and NAT rules to place, objects of the fixture to change. */
function promptFor(fixture: string): fc.Arbitrary<string> {
  const n = names(models[fixture]!);
  const source = fc.oneof(fc.constant(''), fc.constant(' from the internet'), fc.constant(' from the lan'), prefix.map((p) => ` from ${p}`), ...(n.lists.length > 0 ? [fc.constantFrom(...n.lists).map((l) => ` from address list ${l}`)] : []));
  const filter = fc.tuple(fc.constantFrom('allow', 'block'), service, source).map(([v, s, src]) => `${v} ${s}${src}`);
  const only = fc.tuple(fc.constantFrom('winbox', 'ssh'), prefix).map(([s, p]) => `only allow ${s} from ${p}`);
  const nat = fc.oneof(
    fc.tuple(fc.integer({ min: 1024, max: 65000 }), prefix.filter((p) => !p.includes('/'))).map(([port, host]) => `forward port ${port} to ${host}`),
    fc.tuple(prefix.filter((p) => !p.includes('/')), prefix.filter((p) => !p.includes('/'))).map(([a, b]) => `src-nat ${a} to ${b} out ether1`),
    fc.constantFrom('masquerade the lan', 'masquerade out the wan', 'masquerade out ether1'),
  );
  const iface = fc.constantFrom(...n.interfaces);
  const objects = fc.oneof(
    fc.tuple(fc.constantFrom('disable', 'enable'), iface).map(([v, i]) => `${v} ${i}`),
    fc.tuple(prefix, fc.constantFrom(...(n.lists.length > 0 ? n.lists : ['blocked']))).map(([a, l]) => `add ${a} to address list ${l}`),
    ...(n.entries.length > 0 ? [fc.constantFrom(...n.entries).map(([a, l]) => `remove ${a} from address list ${l}`)] : []),
    fc.stringMatching(/^[a-z][a-z0-9-]{1,10}$/).map((x) => `set identity to ${x}`),
    fc.tuple(fc.constantFrom('ether6', 'ether7', 'ether8'), fc.constantFrom('add', 'remove')).map(([i, v]) => (v === 'add' ? `add ${i} to the bridge` : `remove ${i} from the bridge`)),
  );
  return fc.oneof(filter, only, nat, objects);
}

const case_ = fc.constantFrom(...FIXTURES).chain((f) => promptFor(f).map((prompt) => ({ fixture: f, prompt })));

function apply(menus: Map<string, ModelEntry[]>, script: string): void {
  for (const s of parseScript(script).ast.statements) {
    if (s.kind !== 'command') continue;
    expect(applyCommand(menus, s), script).toBeUndefined();
  }
}

function propsOf(c: import('../../src/index.js').Command): Props {
  const out: Props = {};
  for (const a of c.args) if (a.kind === 'named' && a.name !== 'place-before') out[a.name] = valueText(a.value);
  return out;
}

const NAT_GOES_ON = new Set(['passthrough', 'log', 'add-src-to-address-list', 'add-dst-to-address-list', 'jump', 'return']);
const withoutExemption = (p: Readonly<Props>): Props => {
  const out = { ...p };
  if (out['ipsec-policy'] === 'out,none' || out['ipsec-policy'] === 'in,none') delete out['ipsec-policy'];
  return out;
};

describe('properties of config-aware generation (fast-check)', () => {
  it(
    'applying a script and then its undo gives back the configuration',
    () => {
      let undone = 0;
      fc.assert(
        fc.property(case_, ({ fixture, prompt }) => {
          const model = models[fixture]!;
          const r = generateScript(prompt, { config: model }).response[0];
          if (r.content === '') return;
          const undo = undoScript(r.content, model);
          if (undo.content === '') {
            // What the configuration does not show is refused, never guessed.
            expect(undo.error).toMatch(/^Cannot write the undo safely: .+|there is nothing to undo/);
            return;
          }
          const menus = copyMenus(model);
          apply(menus, r.content);
          apply(menus, undo.content);
          expect(sameConfiguration(menus, model.menus), `${fixture}: ${prompt}\n${r.content}undo:\n${undo.content}`).toBe(true);
          undone++;
        }),
        fuzz(150),
      );
      expect(undone).toBeGreaterThan(20);
    },
    TIMEOUT,
  );

  it(
    'no generated accept comes after a drop of the same traffic, no drop after an accept as broad, no NAT rule after one that translates all of its traffic',
    () => {
      let checked = 0;
      fc.assert(
        fc.property(case_, ({ fixture, prompt }) => {
          const model = models[fixture]!;
          const r = generateScript(prompt, { config: model }).response[0];
          if (r.content === '') return;
          const menus = copyMenus(model);
          apply(menus, r.content);
          for (const s of parseScript(r.content).ast.statements) {
            if (s.kind !== 'command' || s.name !== 'add') continue;
            const menu = s.path.join(' ');
            if (menu !== 'ip firewall filter' && menu !== 'ip firewall nat') continue;
            const props = propsOf(s);
            const rules = menus.get(menu) ?? [];
            const at = rules.findIndex((e) => JSON.stringify(e.props) === JSON.stringify(props));
            expect(at, `${fixture}: ${prompt}`).toBeGreaterThanOrEqual(0);
            const mine = readTraffic(menu === 'ip firewall nat' ? withoutExemption(props) : props, model);
            for (const earlier of rules.slice(0, at)) {
              if (earlier.props.disabled === 'yes') continue;
              if (menu === 'ip firewall filter') {
                const rel = relate(readTraffic(earlier.props, model), mine);
                const action = earlier.props.action ?? 'accept';
                const opposite = (props.action ?? 'accept') === 'accept' ? DROPS.has(action) : action === 'accept';
                if (opposite) expect(rel.covers || (rel.overlaps && !rel.selective), `${fixture}: "${prompt}" comes after ${JSON.stringify(earlier.props)}`).toBe(false);
              } else {
                if (NAT_GOES_ON.has(earlier.props.action ?? 'accept')) continue;
                const rel = relate(readTraffic(withoutExemption(earlier.props), model), mine);
                expect(rel.covers, `${fixture}: "${prompt}" comes after ${JSON.stringify(earlier.props)}, which translates all of its traffic`).toBe(false);
              }
            }
            checked++;
          }
        }),
        fuzz(200),
      );
      expect(checked).toBeGreaterThan(40);
    },
    TIMEOUT,
  );
});
