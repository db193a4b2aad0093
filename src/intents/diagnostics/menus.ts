/**
 * Which menu a "show ..." request names, read off the schema itself (grammar/routeros): every menu that has a
 * `print` is known by the words of its path ("/ip dhcp-server lease" is "ip dhcp server lease"), so "show dhcp
 * leases", "list the ip addresses", "print the firewall nat rules" or "show the ospf interface templates" need no
 * rule of their own. A clause names a menu when every word it says is a word of the menu's path and it says the
 * menu's own last word (the leaf: "leases" for the lease menu); the menu with the fewest path words left unsaid
 * wins ("addresses" is /ip address, not /ip firewall address-list), IPv4 before IPv6 when neither is said.
 */
import type { Term } from '../../nlp/analyze.js';
import { SCHEMA } from '../../../grammar/routeros/index.js';
import { PRINT_QUALIFIERS } from '../../../grammar/english/classes.js';

/** A word as a menu word: singular, lower case ("addresses" → "address", "policies" → "policy", "peers" → "peer"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w) || w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Words people say for a menu word ("wg" for wireguard, "e-mail" for the e-mail tool, "ipv4" for ip). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  wg: ['wireguard'], wireless: ['wifi'], 'wi-fi': ['wifi'], email: ['e', 'mail'], ipv4: ['ip'], schedule: ['scheduler'], ddns: ['cloud'],
  // "the routing table" is the routes (a table of routes), not the list of routing tables.
  'routing table': ['route'], 'route table': ['route'],
};

interface Indexed {
  readonly path: string;
  readonly words: ReadonlySet<string>;
  readonly leaf: readonly string[];
}

let index: Indexed[] | undefined;

function indexed(): Indexed[] {
  if (index) return index;
  index = [];
  for (const [key, menu] of SCHEMA.menus) {
    if (!('print' in menu.commands)) continue;
    const segments = menu.path.map((s) => s.split('-').map(singular));
    index.push({ path: key, words: new Set(segments.flat()), leaf: segments[segments.length - 1]! });
  }
  return index;
}

export type MenuReading =
  | { readonly kind: 'menu'; readonly path: readonly string[]; readonly terms: readonly Term[] }
  | { readonly kind: 'ambiguous'; readonly paths: readonly string[] }
  | { readonly kind: 'none' };

/**
 * The menu `terms` name (the clause without its verb and filler), or none when a word is not a word of any one menu
 * (then other readers may know it: "cpu", "the firewall").
 */
export function menuNamed(terms: readonly Term[]): MenuReading {
  const said = new Set<string>();
  const how = new Set<string>();
  const used: Term[] = [];
  for (const t of terms) {
    const words = ALIASES[t.normal] ?? t.normal.split(/[\s-]+/).flatMap((w) => ALIASES[w] ?? ALIASES[singular(w)] ?? [singular(w)]);
    if (!words.every((w) => /^[a-z][a-z0-9]*$/.test(w))) return { kind: 'none' };
    used.push(t);
        // (In a phrase only "list" names: "address list"; "static entries", "arp table" say how.)
    for (const w of words) (PRINT_QUALIFIERS.has(w) && (words.length === 1 || w !== 'list') ? how : said).add(w);
  }
  if (said.size === 0) return { kind: 'none' };
  let best: { cost: number; paths: string[] } = { cost: Infinity, paths: [] };
  for (const menu of indexed()) {
    if (![...said].every((w) => menu.words.has(w)) || !menu.leaf.every((w) => said.has(w) || how.has(w))) continue;
    // Each path word left unsaid costs (an unsaid "ipv6" more: IPv4 is what "addresses" means); a "how" word that is
    // a word of the path counts for it ("the interface lists" is /interface list, not /interface).
    let cost = 0;
    for (const w of menu.words) if (how.has(w)) cost -= 0.5;
    else if (!said.has(w)) cost += w === 'ipv6' ? 1.5 : 1;
    if (cost < best.cost) best = { cost, paths: [menu.path] };
    else if (cost === best.cost) best.paths.push(menu.path);
  }
  if (best.paths.length === 0) return { kind: 'none' };
  if (best.paths.length > 1) return { kind: 'ambiguous', paths: best.paths };
  return { kind: 'menu', path: best.paths[0]!.split('/').filter(Boolean), terms: used };
}
