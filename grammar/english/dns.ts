/**
 * Words for the router's DNS: resolvers, public providers, static entries,
 * the cache and DNS over HTTPS.
 */
import type { WordSource } from './types.js';

export const DNS_WORDS: WordSource = {
  actions: {
    point: 'point', resolve: 'point',
    use: 'use',
    flush: 'flush', clear: 'flush', purge: 'flush', empty: 'flush', wipe: 'flush', reset: 'flush',
    change: 'set', replace: 'set', update: 'set', modify: 'set',
  },
  nouns: {
    'dns server': 'dns-server', 'dns servers': 'dns-server', 'name server': 'dns-server', 'name servers': 'dns-server', nameserver: 'dns-server',
    nameservers: 'dns-server', resolver: 'dns-server', resolvers: 'dns-server', 'dns resolver': 'dns-server', 'dns resolvers': 'dns-server',
    'upstream dns': 'dns-server', 'upstream resolver': 'dns-server', 'dns upstream': 'dns-server',
    'remote requests': 'remote-requests', 'remote request': 'remote-requests', 'remote dns requests': 'remote-requests', 'remote queries': 'remote-requests',
    'remote dns queries': 'remote-requests',
    'dns cache': 'dns-cache', 'dns-cache': 'dns-cache', cache: 'cache', 'resolver cache': 'dns-cache', 'cached entries': 'dns-cache',
    'dns entry': 'dns-entry', 'dns entries': 'dns-entry', 'dns record': 'dns-entry', 'dns records': 'dns-entry', 'static dns': 'dns-entry',
    'static dns entry': 'dns-entry', 'static dns record': 'dns-entry', 'static entry': 'dns-entry', 'static record': 'dns-entry', 'host record': 'dns-entry',
    'a record': 'dns-entry', 'aaaa record': 'dns-entry', 'dns name': 'dns-entry', 'local dns': 'dns-entry', 'dns mapping': 'dns-entry',
    entry: 'entry', entries: 'entry', record: 'entry', records: 'entry', hostname: 'hostname', 'host name': 'hostname',
    cname: 'cname', 'cname record': 'cname', alias: 'cname',
    regexp: 'regexp', regex: 'regexp', 'regular expression': 'regexp',
    ttl: 'ttl', 'time to live': 'ttl',
    doh: 'doh', 'dns over https': 'doh', 'dns-over-https': 'doh', 'encrypted dns': 'doh', 'doh server': 'doh',
    cloudflare: 'provider-cloudflare', 'cloud flare': 'provider-cloudflare',
    google: 'provider-google', 'google dns': 'provider-google', 'google public dns': 'provider-google',
    quad9: 'provider-quad9', 'quad 9': 'provider-quad9',
    opendns: 'provider-opendns', 'open dns': 'provider-opendns', 'cisco opendns': 'provider-opendns',
    remote: 'remote',
    provider: 'provider',
  },
  misspellings: {
    dsn: 'dns', dnss: 'dns',
    cloudfare: 'cloudflare', cloudflair: 'cloudflare', couldflare: 'cloudflare', clouflare: 'cloudflare',
    gogle: 'google', googel: 'google',
    quad: 'quad9',
    flsuh: 'flush', fluhs: 'flush', flash: 'flush',
    cahce: 'cache', chache: 'cache', cach: 'cache',
    resovler: 'resolver', reslover: 'resolver',
    entery: 'entry', entrie: 'entry',
  },
};
