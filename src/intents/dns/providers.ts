/**
 * Public DNS resolvers people name in prompts, with their IPv4 addresses and
 * DNS-over-HTTPS endpoints, as each provider publishes them:
 * Cloudflare (1.1.1.1), Google Public DNS (8.8.8.8), Quad9 (9.9.9.9),
 * OpenDNS (Cisco, 208.67.222.222).
 */
import type { Term } from '../../nlp/analyze.js';
import { claim } from '../claims.js';

export interface DnsProvider {
  readonly id: 'cloudflare' | 'google' | 'quad9' | 'opendns';
  readonly name: string;
  readonly servers: readonly string[];
  readonly doh: string;
}

export const DNS_PROVIDERS: readonly DnsProvider[] = [
  { id: 'cloudflare', name: 'Cloudflare', servers: ['1.1.1.1', '1.0.0.1'], doh: 'https://cloudflare-dns.com/dns-query' },
  { id: 'google', name: 'Google Public DNS', servers: ['8.8.8.8', '8.8.4.4'], doh: 'https://dns.google/dns-query' },
  { id: 'quad9', name: 'Quad9', servers: ['9.9.9.9', '149.112.112.112'], doh: 'https://dns.quad9.net/dns-query' },
  { id: 'opendns', name: 'OpenDNS', servers: ['208.67.222.222', '208.67.220.220'], doh: 'https://doh.opendns.com/dns-query' },
];

/** The provider a noun from grammar/english/dns.ts names (`provider-cloudflare`). */
export function providerOfNoun(noun: string): DnsProvider | undefined {
  return noun.startsWith('provider-') ? DNS_PROVIDERS.find((p) => p.id === noun.slice('provider-'.length)) : undefined;
}

/** The providers a clause names, in order, with the index of the word that named each. */
export function providersIn(terms: readonly Term[]): { provider: DnsProvider; index: number }[] {
  const out: { provider: DnsProvider; index: number }[] = [];
  terms.forEach((t, index) => {
    for (const m of t.meanings) {
      const provider = m.type === 'noun' && typeof m.value === 'string' ? providerOfNoun(m.value) : undefined;
      if (provider) claim(t);
      if (provider && !out.some((o) => o.provider === provider)) out.push({ provider, index });
    }
  });
  return out;
}
