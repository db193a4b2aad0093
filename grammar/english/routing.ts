/**
 * Words of the routing tasks beyond static routes: recursive failover through a probe host, netwatch, load balancing
 * over two WANs with PCC, and policy routing (a host or subnet through another gateway or table).
 */
import type { WordSource } from './types.js';

/**
 * Verbs that move a host's traffic somewhere ("send 192.168.88.0/25 to table vpn", "make 192.168.88.77 go out
 * gateway 192.168.2.1", "put 10.0.0.5 through table isp2"): with a host or subnet right after them, that host is what
 * is moved (when it is one of the LAN's: see the policy-routing rule).
 */
export const MOVING_VERBS: readonly string[] = ['send', 'make', 'put', 'force', 'steer', 'push', 'move', 'get'];

export const ROUTING_WORDS: WordSource = {
  nouns: {
    // The host pinged through a gateway to tell whether the internet behind it answers.
    'probe host': 'probe-host', 'probe hosts': 'probe-host', probe: 'probe-host', probes: 'probe-host', 'probe address': 'probe-host',
    'probe ip': 'probe-host', 'check host': 'probe-host', 'check hosts': 'probe-host', 'monitor host': 'probe-host', 'monitoring host': 'probe-host',
    'test host': 'probe-host', 'ping target': 'probe-host', 'ping targets': 'probe-host', 'ping host': 'probe-host', 'target host': 'probe-host',
    'check address': 'probe-host', 'monitor address': 'probe-host', 'watch host': 'probe-host', 'canary host': 'probe-host',
    recursive: 'recursive', 'recursive routing': 'recursive', 'recursive route': 'recursive', 'recursive routes': 'recursive',
    'recursive failover': 'recursive', 'recursive gateway': 'recursive', 'recursive next hop': 'recursive', 'recursive nexthop': 'recursive',
    netwatch: 'netwatch', 'net watch': 'netwatch', 'net-watch': 'netwatch', 'netwatch entry': 'netwatch', 'netwatch probe': 'netwatch',
    // Load balancing over two WANs.
    'load balancing': 'load-balance', 'load balance': 'load-balance', 'load-balancing': 'load-balance', 'load-balance': 'load-balance',
    loadbalancing: 'load-balance', loadbalance: 'load-balance', 'load balancer': 'load-balance', 'load sharing': 'load-balance',
    pcc: 'pcc', 'per connection classifier': 'pcc', 'per-connection classifier': 'pcc', 'per-connection-classifier': 'pcc',
    'pcc load balancing': 'load-balance',
    // Policy routing.
    'policy routing': 'policy-routing', 'policy route': 'policy-routing', 'policy-route': 'policy-routing', 'policy based routing': 'policy-routing', 'policy-based routing': 'policy-routing', pbr: 'policy-routing',
    'source routing': 'policy-routing', 'source based routing': 'policy-routing', 'source-based routing': 'policy-routing',
    'routing rule': 'routing-rule', 'routing rules': 'routing-rule', 'route rule': 'routing-rule',
    'routing mark': 'routing-mark', 'routing marks': 'routing-mark', 'mark-routing': 'routing-mark', 'mark routing': 'routing-mark',
  },
  // The shares of a weighted PCC split ("a 2:1 ratio", "weighted 2 to 1"): read by the load-balancing rule only.
  known: ['ratio', 'weighted', 'weight', 'weights'],
  misspellings: {
    netwach: 'netwatch', netwatc: 'netwatch', recusive: 'recursive', recursve: 'recursive', recurisve: 'recursive',
    loadbalancng: 'loadbalancing',
  },
};
