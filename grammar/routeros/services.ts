/**
 * The router's own services (`/ip service`, manual: IP > Services), one table for the intent rules and the policy:
 * each entry's default port, how people name it, whether it sends passwords in clear text, and whether admins manage
 * the router through it. RouterOS 7 has these eight entries; www-ssl is off until it has a certificate.
 */
export interface IpService {
  readonly port: number;
  /** How a message names it ("WinBox", "the API over TLS"). */
  readonly label: string;
  /** Passwords cross the network in clear text. */
  readonly plaintext: boolean;
  /** A way admins manage the router today (WinBox, SSH, WebFig, the API); telnet and FTP are legacy, which hardening guides turn off. */
  readonly management: boolean;
  /** On in RouterOS 7's default configuration. */
  readonly onByDefault: boolean;
}

export const IP_SERVICES: Readonly<Record<string, IpService>> = {
  api: { port: 8728, label: 'the API', plaintext: true, management: true, onByDefault: true },
  'api-ssl': { port: 8729, label: 'the API over TLS', plaintext: false, management: true, onByDefault: true },
  ftp: { port: 21, label: 'FTP', plaintext: true, management: false, onByDefault: true },
  ssh: { port: 22, label: 'SSH', plaintext: false, management: true, onByDefault: true },
  telnet: { port: 23, label: 'Telnet', plaintext: true, management: false, onByDefault: true },
  winbox: { port: 8291, label: 'WinBox', plaintext: false, management: true, onByDefault: true },
  www: { port: 80, label: 'WebFig', plaintext: true, management: true, onByDefault: true },
  'www-ssl': { port: 443, label: 'WebFig over TLS', plaintext: false, management: true, onByDefault: false },
};

/** The entries' names, in RouterOS's order. */
export const IP_SERVICE_NAMES: readonly string[] = Object.keys(IP_SERVICES);

/** The names of the entries that pass `test`. */
export const ipServicesWhere = (test: (s: IpService) => boolean): string[] => IP_SERVICE_NAMES.filter((n) => test(IP_SERVICES[n]!));
