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
