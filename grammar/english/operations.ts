/**
 * Words of the operations families (issue 15): the live tools (torch, traffic monitor, packet sniffer, bandwidth
 * test client) and e-mail notifications. "monitor" and "sniff" get no meaning of their own ("create user monitor",
 * the group policy "sniff"): the rules read them by their text, and only the phrases below are nouns.
 */
import type { WordSource } from './types.js';

/** Words that ask for the sniffer's `quick` (packets shown on the terminal, "sniff ether2 quick"), RouterOS's own name for it. */
export const SNIFFER_QUICK_WORDS: readonly string[] = ['quick'];

export const OPERATIONS_WORDS: WordSource = {
  // "torch ether1", "monitor traffic on the wan interface": verbs, so a clause that names only a side is still a request.
  actions: { torch: 'torch', 'monitor traffic': 'monitor-traffic', 'monitor-traffic': 'monitor-traffic' },
  nouns: {
    // Tools.
    'traffic monitor': 'monitor-traffic',
    sniffer: 'sniffer', 'packet sniffer': 'sniffer', 'packet capture': 'sniffer', 'packet-capture': 'sniffer', pcap: 'sniffer',
    'sniff packets': 'sniffer', 'sniff traffic': 'sniffer', 'capture packets': 'sniffer', 'capture traffic': 'sniffer',
    'bandwidth test': 'btest-client', 'bandwidth-test': 'btest-client', 'bandwidth test client': 'btest-client', 'speed test': 'btest-client', btest: 'btest-client',
    transmit: 'transmit', tx: 'transmit', receive: 'receive', rx: 'receive', bidirectional: 'both-directions', 'both directions': 'both-directions', 'both ways': 'both-directions',
    direction: 'direction', duration: 'duration',
    // E-mail.
    // ("smtp" and "mail" stay the firewall's service names: "block outgoing smtp", "sending mail".)
    email: 'email', 'e-mail': 'email', emails: 'email', 'e-mails': 'email', 'email server': 'smtp-server', 'e-mail server': 'smtp-server',
    subject: 'subject', body: 'body', attachment: 'attachment', attached: 'attachment',
    tls: 'tls', starttls: 'starttls', 'start tls': 'starttls',
  },
  misspellings: { sniffr: 'sniffer', snifer: 'sniffer', tourch: 'torch', emial: 'email', emal: 'email', subjct: 'subject' },
};
