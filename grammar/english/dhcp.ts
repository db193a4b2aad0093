/**
 * Words for DHCP: servers, clients, pools, leases and what people call them.
 * List base forms; compromise supplies the inflections (its `root`).
 */
import type { WordSource } from './types.js';

export const DHCP_WORDS: WordSource = {
  actions: {
    reserve: 'reserve', bind: 'reserve', pin: 'reserve', 'hand out': 'serve', serve: 'serve',
    run: 'add', start: 'enable', 'turn on': 'enable', 'switch on': 'enable', activate: 'enable',
    stop: 'disable', 'turn off': 'disable', 'switch off': 'disable', deactivate: 'disable', 'shut down': 'disable',
    convert: 'convert', renew: 'renew', release: 'release',
    obtain: 'obtain', get: 'obtain', acquire: 'obtain',
  },
  nouns: {
    'dhcp server': 'dhcp-server', 'dhcp servers': 'dhcp-server', 'dhcp-server': 'dhcp-server', dhcpd: 'dhcp-server', 'dhcp service': 'dhcp-server',
    'dhcp client': 'dhcp-client', 'dhcp clients': 'dhcp-client', 'dhcp-client': 'dhcp-client',
    client: 'client', server: 'server', servers: 'server',
    lease: 'lease', leases: 'lease', 'dhcp lease': 'lease', 'dhcp leases': 'lease', 'dhcp-lease': 'lease', 'address lease': 'lease',
    reservation: 'static-lease', reservations: 'static-lease', 'dhcp reservation': 'static-lease', 'static lease': 'static-lease',
    'static leases': 'static-lease', 'fixed lease': 'static-lease', 'static assignment': 'static-lease', 'static mapping': 'static-lease',
    'static dhcp': 'static-lease', 'fixed address': 'static-lease', 'fixed ip': 'static-lease', 'reserved address': 'static-lease',
    static: 'static', permanent: 'static', fixed: 'static', dynamic: 'dynamic',
    pool: 'pool', pools: 'pool', 'address pool': 'pool', 'ip pool': 'pool', 'dhcp pool': 'pool', 'dhcp range': 'pool', 'address range': 'pool', 'pool range': 'pool',
    'lease time': 'lease-time', 'lease times': 'lease-time', 'dhcp lease time': 'lease-time', 'dhcp lease-time': 'lease-time', 'lease-time': 'lease-time', 'lease duration': 'lease-time', 'lease period': 'lease-time', 'lease length': 'lease-time', 'lease lifetime': 'lease-time',
    gateway: 'gateway', 'default gateway': 'gateway', gw: 'gateway', 'router address': 'gateway',
    domain: 'domain', 'domain name': 'domain', 'search domain': 'domain', 'dns domain': 'domain', 'dns suffix': 'domain',
    netmask: 'netmask', mask: 'netmask', 'subnet mask': 'netmask',
    mac: 'mac', 'mac address': 'mac', 'mac-address': 'mac', 'hardware address': 'mac',
    'peer dns': 'peer-dns', "isp's dns": 'peer-dns', 'isp dns': 'peer-dns', 'provider dns': 'peer-dns',
    'peer ntp': 'peer-ntp',
    'option set': 'dhcp-option-set', 'option sets': 'dhcp-option-set', 'option-set': 'dhcp-option-set', 'dhcp option set': 'dhcp-option-set',
    'dhcp option sets': 'dhcp-option-set', 'set of options': 'dhcp-option-set', 'set of dhcp options': 'dhcp-option-set',
    'dhcp option': 'dhcp-option', 'dhcp options': 'dhcp-option', 'dhcp-option': 'dhcp-option', option: 'option', options: 'option',
    without: 'without',
    bridge: 'bridge',
  },
  misspellings: {
    dchp: 'dhcp', dhpc: 'dhcp', dhcpp: 'dhcp', dhcp4: 'dhcp', dcp: 'dhcp',
    leese: 'lease', lese: 'lease', leas: 'lease', leace: 'lease', leaze: 'lease', leasse: 'lease',
    reservaton: 'reservation', resrvation: 'reservation', reservtion: 'reservation',
    staic: 'static', statc: 'static', satic: 'static', stattic: 'static',
    dynamc: 'dynamic', dinamic: 'dynamic', dyanmic: 'dynamic', dynmic: 'dynamic',
    gatway: 'gateway', gatewy: 'gateway', gateay: 'gateway', getway: 'gateway', gatewey: 'gateway', gateawy: 'gateway',
    netmaks: 'netmask', nemask: 'netmask',
    pol: 'pool', poool: 'pool',
    clinet: 'client', cleint: 'client', serer: 'server', sever: 'server', servr: 'server',
  },
};
