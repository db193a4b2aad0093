/**
 * Words of BGP peering (the netservices family), site-to-site IPsec (the VPN family) and certificates (the
 * certificates family). The rules read most of them by their text or noun; listing them keeps the typo fixer off them.
 */
import type { WordSource } from './types.js';

export const PEERING_WORDS: WordSource = {
  actions: { generate: 'add' },
  nouns: {
    // BGP: the AS numbers and which side each is, what is announced.
    asn: 'asn', 'as number': 'asn', 'as-number': 'asn', 'autonomous system': 'asn', 'autonomous system number': 'asn',
    'remote as': 'remote-as', 'remote-as': 'remote-as', 'remote asn': 'remote-as', 'peer as': 'remote-as', 'peer asn': 'remote-as',
    'neighbor as': 'remote-as', 'neighbour as': 'remote-as',
    'local as': 'local-as', 'local-as': 'local-as', 'local asn': 'local-as',
    neighbor: 'peer', neighbour: 'peer', 'bgp neighbor': 'bgp-peer', 'bgp neighbour': 'bgp-peer', 'bgp peer': 'bgp-peer', 'bgp session': 'bgp-peer', peering: 'bgp-peer',
    ebgp: 'ebgp', ibgp: 'ibgp',
    advertise: 'advertise', advertising: 'advertise', announce: 'advertise', announcing: 'advertise', originate: 'advertise', originating: 'advertise',
    // Site-to-site IPsec: the two networks and the tunnel.
    'site-to-site': 'site-to-site', 'site to site': 'site-to-site', s2s: 'site-to-site',
    'local subnet': 'local-network', 'local network': 'local-network', 'our network': 'local-network', 'our subnet': 'local-network', 'my network': 'local-network', 'my subnet': 'local-network',
    'remote subnet': 'remote-network', 'remote network': 'remote-network', 'their network': 'remote-network', 'their subnet': 'remote-network',
    'remote lan': 'remote-network', 'remote site': 'remote-network',
    // Certificates.
    certificate: 'certificate', certificates: 'certificate', cert: 'certificate', certs: 'certificate', 'ssl certificate': 'certificate', 'tls certificate': 'certificate',
    'self-signed': 'self-signed', 'self signed': 'self-signed', selfsigned: 'self-signed',
    ca: 'ca', 'certificate authority': 'ca', 'ca certificate': 'ca', 'root ca': 'ca',
    'common name': 'common-name', 'common-name': 'common-name', cn: 'common-name',
  },
  known: ['between'],
  misspellings: { certficate: 'certificate', certifcate: 'certificate', certificat: 'certificate', advertize: 'advertise' },
};

/** The words that name BGP itself. */
export const BGP_WORDS: readonly string[] = ['bgp', 'ebgp', 'ibgp'];
/** Words before an AS number or a network that say it is this router's side ("my as 65000", "our network 10.1.0.0/16"). */
export const OWN_SIDE_WORDS: ReadonlySet<string> = new Set(['my', 'our', 'own', 'local', 'us', 'we', 'mine', 'lan']);
/** Words before an AS number or a network that say it is the other side's ("remote as", "their network"). */
export const FAR_SIDE_WORDS: ReadonlySet<string> = new Set(['remote', 'peer', 'peers', 'neighbor', 'neighbour', 'their', 'theirs', 'its', 'far']);
/** Words between "as" and its number ("as number 65001", "asn: 65001"). */
export const AS_LABEL_WORDS: ReadonlySet<string> = new Set(['number', 'is', '=', ':', 'of']);
/** Words that say prefixes are networks to announce, and words a BGP session is described with. */
export const ANNOUNCED_WORDS: readonly string[] = ['network', 'networks', 'prefix', 'prefixes'];
export const SESSION_WORDS: readonly string[] = ['session', 'connection', 'with'];
/** Route kinds a BGP connection may redistribute when said, and the words that say it. */
export const REDISTRIBUTED_KINDS: readonly ('connected' | 'static')[] = ['connected', 'static'];
export const REDISTRIBUTE_WORDS: readonly string[] = ['redistribute', 'routes'];
/** The words of a "pre-shared key" label as the scanner leaves them before the key. */
export const KEY_LABEL_WORDS: ReadonlySet<string> = new Set(['key', 'pre-shared', 'preshared', 'shared']);
/** IKE versions by name. */
export const IKEV1_WORDS: readonly string[] = ['ikev1', 'ike1'];
export const IKEV2_WORDS: readonly string[] = ['ikev2', 'ike2'];
/** Words a site-to-site tunnel is described with ("site-to-site" split by the tokenizer, "link"). */
export const TUNNEL_WORDS: readonly string[] = ['site', 'site-to', 'connection', 'link'];
/** Words that describe a certificate and change nothing about it ("a new self-signed ssl certificate"). */
export const CERTIFICATE_WORDS: readonly string[] = ['new', 'signed', 'own', 'ssl', 'tls'];
/** Words that name a thing after them ("named webcert", "called isp1"). */
export const NAMING_WORDS: readonly string[] = ['named', 'called'];
/** The word that labels an AS number ("as 65001"), English filler elsewhere. */
export const AS_WORD = 'as';
/** Words naming the service a certificate is for ("the sstp server", "sstp vpn"). */
export const SERVER_WORDS: readonly string[] = ['server', 'vpn'];

/** Noun meanings that label an AS number ("asn 65001", "remote-as 65002", "local as 65001"). */
export const AS_NOUNS: ReadonlySet<string> = new Set(['asn', 'remote-as', 'local-as']);
