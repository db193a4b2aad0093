/**
 * IPv4 arithmetic the frame reader and the DHCP, DNS and route families need: networks, masks (the one netmask
 * reader: "10.0.0.0 255.255.255.0" and "netmask 255.0.0.0" everywhere), host ranges. Addresses are handled as
 * unsigned 32-bit numbers.
 */

export function ipToInt(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** The first address of the block of `length` bits that holds `address`. */
export function networkOf(address: string, length: number): number {
  const size = 2 ** (32 - length);
  return Math.floor(ipToInt(address) / size) * size;
}

/** The last address of that block (the broadcast address for length < 31). */
export function lastOf(address: string, length: number): number {
  return networkOf(address, length) + 2 ** (32 - length) - 1;
}

export function inPrefix(address: string, network: string, length: number): boolean {
  const n = ipToInt(address);
  return n >= networkOf(network, length) && n <= lastOf(network, length);
}

/**
 * The prefix length of a dotted netmask (`255.255.255.0` → 24), or null when
 * the ones are not contiguous (`255.0.255.0`).
 */
export function maskLength(mask: string): number | null {
  const n = ipToInt(mask);
  for (let length = 0; length <= 32; length++) {
    if (n === 2 ** 32 - 2 ** (32 - length)) return length;
  }
  return null;
}

/** A dotted quad that is meant as a netmask when it follows an address: it starts with 255. */
export function looksLikeMask(address: string): boolean {
  return address.startsWith('255.');
}

export function prefixText(address: string, length: number): string {
  return `${address}/${length}`;
}
