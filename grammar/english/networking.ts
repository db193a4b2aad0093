/** Words for addresses, address lists, interfaces, bridges and VLANs. */
import type { WordSource } from './types.js';

export const NETWORKING_WORDS: WordSource = {
  actions: {
    add: 'add', create: 'add', make: 'add', put: 'add', assign: 'add', give: 'add', attach: 'add', insert: 'add', include: 'add', append: 'add', 'set up': 'add',
    remove: 'remove', delete: 'remove', 'get rid of': 'remove', 'take out': 'remove', detach: 'remove', erase: 'remove', clear: 'remove', unassign: 'remove', empty: 'remove', purge: 'remove', wipe: 'remove',
    enable: 'enable', 'turn on': 'enable', activate: 'enable', 'bring up': 'enable', 'switch on': 'enable', unshut: 'enable', reenable: 'enable', 're-enable': 'enable',
    disable: 'disable', 'turn off': 'disable', deactivate: 'disable', 'bring down': 'disable', 'switch off': 'disable', 'shut off': 'disable',
    rename: 'rename', take: 'take', pull: 'take',
    change: 'set', modify: 'set', update: 'set', adjust: 'set', configure: 'set', set: 'set', replace: 'set', move: 'set',
  },
  nouns: {
    id: 'id', vlan: 'vlan', vlans: 'vlan', 'vlan id': 'vlan', 'vlan interface': 'vlan', 'vlan table': 'bridge-vlan-table', 'vlan tables': 'bridge-vlan-table', '802.1q': 'vlan', dot1q: 'vlan',
    bridge: 'bridge', switch: 'bridge', 'bridge port': 'bridge-port', 'bridge ports': 'bridge-port',
    'vlan filtering': 'vlan-filtering', 'vlan-filtering': 'vlan-filtering', 'bridge vlan filtering': 'vlan-filtering',
    tagged: 'tagged', trunk: 'tagged', 'trunk port': 'tagged', 'tagged port': 'tagged',
    untagged: 'untagged', 'access port': 'untagged', 'untagged port': 'untagged', native: 'untagged',
    pvid: 'pvid', mtu: 'mtu', 'maximum transmission unit': 'mtu',
    netmask: 'netmask', mask: 'netmask', 'subnet mask': 'netmask',
    ipv6: 'ipv6', ipv4: 'ipv4',
    timeout: 'timeout', expire: 'timeout', expires: 'timeout', expiry: 'timeout',
    description: 'comment',
    name: 'name', it: 'it', its: 'it', them: 'it',
    blacklist: 'address-list', whitelist: 'address-list', blocklist: 'address-list', allowlist: 'address-list',
  },
  misspellings: {
    vlna: 'vlan', valn: 'vlan', brige: 'bridge', bridg: 'bridge', birdge: 'bridge', interfce: 'interface', adress: 'address',
    renmae: 'rename', disbale: 'disable', disalbe: 'disable', enabel: 'enable', enalbe: 'enable', remvoe: 'remove', delte: 'delete',
    untaged: 'untagged', taged: 'tagged',
  },
};
