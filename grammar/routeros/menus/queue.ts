/**
 * /queue: simple queues, queue trees and queue types.
 * Manual: Queues (Simple Queue, Queue Tree, Queue Types, CAKE, PCQ).
 */
import { int, itemMenu, oneOf, oneOfOrName, setOf, T } from '../build.js';
import type { CommandSpec, MenuSpec } from '../types.js';
import { LIST_COMMANDS, LIST_WITH_UNSET, QUEUE_TYPE, withReadOnly, without } from './common.js';

const resetAll: CommandSpec = { args: {} };

/**
 * Simple queues take upload/download pairs: `max-limit=10M/20M`,
 * `burst-time=8s/8s`, `priority=8/8`, `queue=pcq-upload-default/pcq-download-default`.
 */
export const simple: MenuSpec = withReadOnly(itemMenu('/queue simple', {
  name: T.name,
  // Addresses, prefixes or interfaces, comma separated.
  target: { value: T.host, list: true },
  dst: T.host,
  'max-limit': T.rate,
  'limit-at': T.rate,
  'burst-limit': T.rate,
  'burst-threshold': T.rate,
  'burst-time': T.any,
  'bucket-size': T.any,
  priority: T.any,
  queue: QUEUE_TYPE,
  parent: oneOfOrName('none'),
  'packet-marks': { value: T.name, list: true },
  time: T.any,
  'total-max-limit': T.rate,
  'total-limit-at': T.rate,
  'total-burst-limit': T.rate,
  'total-burst-threshold': T.rate,
  'total-burst-time': T.time,
  'total-bucket-size': T.any,
  'total-priority': int(1, 8),
  'total-queue': QUEUE_TYPE,
}, {
  required: ['target'],
  ordered: true,
  commands: [...LIST_WITH_UNSET, 'reset-counters'],
  extra: { 'reset-counters-all': resetAll },
}), { dynamic: T.yesno, invalid: T.yesno, rate: T.any, bytes: T.any, packets: T.any });

export const tree: MenuSpec = withReadOnly(itemMenu('/queue tree', {
  name: T.name,
  // `global`, an interface, or another queue tree entry.
  parent: oneOfOrName('global'),
  'packet-mark': { value: T.name, list: true },
  'max-limit': T.rate,
  'limit-at': T.rate,
  'burst-limit': T.rate,
  'burst-threshold': T.rate,
  'burst-time': T.time,
  'bucket-size': T.any,
  priority: int(1, 8),
  queue: QUEUE_TYPE,
}, {
  required: ['name', 'parent'],
  commands: [...LIST_COMMANDS, 'reset-counters'],
  extra: { 'reset-counters-all': resetAll },
}), { invalid: T.yesno, rate: T.any, bytes: T.any, packets: T.any });

/** Queue kinds and their parameters; sizes such as `pcq-limit=50KiB` are left unchecked. */
export const type: MenuSpec = without(withReadOnly(itemMenu('/queue type', {
  name: T.name,
  kind: oneOf('bfifo', 'cake', 'codel', 'fq-codel', 'mq-pfifo', 'none', 'pcq', 'pfifo', 'red', 'sfq'),
  'pcq-rate': T.rate,
  'pcq-limit': T.any,
  'pcq-total-limit': T.any,
  'pcq-classifier': setOf('src-address', 'dst-address', 'src-port', 'dst-port'),
  'pcq-burst-rate': T.rate,
  'pcq-burst-threshold': T.rate,
  'pcq-burst-time': T.time,
  'pcq-src-address-mask': int(0, 32),
  'pcq-dst-address-mask': int(0, 32),
  'pcq-src-address6-mask': int(0, 128),
  'pcq-dst-address6-mask': int(0, 128),
  'pfifo-limit': int(1, 4294967295),
  'bfifo-limit': T.any,
  'mq-pfifo-limit': int(1, 4294967295),
  'sfq-perturb': int(1, 4294967295),
  'sfq-allot': int(1, 4294967295),
  'red-limit': int(1, 4294967295),
  'red-min-threshold': int(0, 4294967295),
  'red-max-threshold': int(0, 4294967295),
  'red-burst': int(0, 4294967295),
  'red-avg-packet': int(1, 65535),
  'codel-target': T.time,
  'codel-interval': T.time,
  'codel-limit': int(1, 4294967295),
  'codel-ecn': T.yesno,
  'fq-codel-target': T.time,
  'fq-codel-interval': T.time,
  'fq-codel-limit': int(1, 4294967295),
  'fq-codel-quantum': int(1, 4294967295),
  'fq-codel-flows': int(1, 65536),
  'fq-codel-ecn': T.yesno,
  'fq-codel-memlimit': T.any,
  'cake-bandwidth': T.rate,
  'cake-diffserv': oneOf('besteffort', 'diffserv3', 'diffserv4', 'diffserv8', 'precedence'),
  'cake-flowmode': oneOf('dsthost', 'dual-dsthost', 'dual-srchost', 'flowblind', 'flows', 'hosts', 'srchost', 'triple-isolate'),
  'cake-nat': T.yesno,
  'cake-wash': T.yesno,
  'cake-overhead': int(-64, 256),
  'cake-overhead-scheme': setOf(
    'bridged-llcsnap', 'bridged-ptm', 'bridged-vcmux', 'docsis', 'ether-vlan', 'ethernet', 'ipoa-llcsnap', 'ipoa-vcmux', 'pppoa-llc',
    'pppoa-vcmux', 'pppoe-llcsnap', 'pppoe-ptm', 'pppoe-vcmux', 'raw', 'via-ethernet',
  ),
  'cake-mpu': int(-64, 256),
  'cake-rtt': T.time,
  'cake-rtt-scheme': oneOf('datacentre', 'internet', 'interplanetary', 'lan', 'metro', 'none', 'oceanic', 'regional', 'satellite'),
  'cake-ack-filter': oneOf('aggressive', 'filter', 'none'),
  'cake-atm': oneOf('atm', 'none', 'ptm'),
  'cake-autorate-ingress': T.yesno,
  'cake-memlimit': T.any,
}, { required: ['name', 'kind'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'get', 'edit'] }), { default: T.yesno }), ['comment', 'disabled']);

export const QUEUE_MENUS: readonly MenuSpec[] = [simple, tree, type];
