/**
 * Words for static routing: routes, default routes and gateways, distance,
 * blackholes and routing tables.
 */
import type { WordSource } from './types.js';

export const ROUTE_WORDS: WordSource = {
  actions: {
    route: 'route', reroute: 'route', steer: 'route',
    blackhole: 'blackhole', 'null route': 'blackhole', 'null-route': 'blackhole', nullroute: 'blackhole', sinkhole: 'blackhole',
  },
  nouns: {
    route: 'route', routes: 'route', 'static route': 'route', 'static routes': 'route', 'ip route': 'route',
    'default route': 'default-route', 'default routes': 'default-route', 'default gateway': 'default-gateway', 'default gw': 'default-gateway',
    'gateway of last resort': 'default-route', 'default-route': 'default-route',
    'next hop': 'next-hop', 'next-hop': 'next-hop', nexthop: 'next-hop',
    distance: 'distance', 'admin distance': 'distance', 'administrative distance': 'distance',
    metric: 'metric',
    'routing table': 'table', 'routing tables': 'table', 'route table': 'table', 'routing-table': 'table', table: 'table', vrf: 'vrf',
    blackhole: 'blackhole', 'null route': 'blackhole', ipv6: 'ipv6', ip6: 'ipv6', v6: 'ipv6', ipv4: 'ipv4',
    default: 'default', main: 'main', fib: 'fib',
    'check gateway': 'check-gateway', 'gateway check': 'check-gateway', 'check-gateway': 'check-gateway', 'gateway monitoring': 'check-gateway', 'gateway checking': 'check-gateway',
  },
  misspellings: {
    rout: 'route', roure: 'route', raute: 'route', rotue: 'route', ruote: 'route', roue: 'route',
    defualt: 'default', deafult: 'default', dafault: 'default', defult: 'default', defaut: 'default',
    distnace: 'distance', distace: 'distance', distanse: 'distance',
    blackhol: 'blackhole', balckhole: 'blackhole', blakhole: 'blackhole',
    tabel: 'table', tabl: 'table',
  },
};
