/** Arguments of a `/interface/wifi/configuration` profile that the typed menu lacks (the wifi interface takes them inline too). */
const WIFI_CONFIGURATION_ARGS: readonly string[] = [
  'aaa.called-format', 'aaa.calling-format', 'aaa.interim-update', 'aaa.mac-caching', 'aaa.nas-identifier', 'aaa.password-format',
  'aaa.username-format', 'channel.afc', 'channel.deprioritize-unii-3-4', 'channel.preamble-puncturing', 'datapath.openflow-switch',
  'datapath.traffic-processing', 'interworking.3gpp-info', 'interworking.3gpp-info-raw', 'interworking.authentication-types',
  'interworking.connection-capabilities', 'interworking.domain-names', 'interworking.esr', 'interworking.hessid', 'interworking.hotspot20',
  'interworking.hotspot20-dgaf', 'interworking.internet', 'interworking.ipv4-availability', 'interworking.ipv6-availability',
  'interworking.network-type', 'interworking.operational-classes', 'interworking.operator-names', 'interworking.realms',
  'interworking.realms-raw', 'interworking.roaming-ois', 'interworking.uesa', 'interworking.venue', 'interworking.venue-names',
  'interworking.wan-at-capacity', 'interworking.wan-downlink', 'interworking.wan-downlink-load', 'interworking.wan-measurement-duration',
  'interworking.wan-status', 'interworking.wan-symmetric', 'interworking.wan-uplink', 'interworking.wan-uplink-load', 'security.dh-groups',
  'security.ft-nas-identifier', 'security.ft-r0-key-lifetime', 'security.ft-reassociation-deadline', 'security.sae-anti-clogging-threshold',
  'security.sae-max-failure-rate', 'steering.2g-probe-delay', 'steering.neighbor-group', 'steering.rrm', 'steering.transition-request-count',
  'steering.transition-request-period', 'steering.transition-threshold', 'steering.transition-threshold-time', 'steering.transition-time',
  'steering.wnm',
];

/**
 * Arguments of `add`/`set` that RouterOS 7.24 has and the hand-written menus
 * do not describe yet (names from the 7.24 command tree, RouterOS 7.24 with
 * the extra packages). They are accepted with any value, so a real script that
 * uses them is not called wrong; give one a type by moving it into its menu.
 */
export const UNTYPED_ARGS: Readonly<Record<string, readonly string[]>> = {
  '/ip/firewall/filter': [
    'connection-bytes', 'hotspot', 'in-bridge-port-list', 'ingress-priority', 'ipv4-options', 'out-bridge-port-list', 'p2p', 'priority', 'realm',
    'tcp-mss', 'tos',
  ],
  '/ip/firewall/nat': [
    'connection-bytes', 'hotspot', 'in-bridge-port-list', 'ingress-priority', 'ipv4-options', 'out-bridge-port-list', 'priority', 'randomise-ports',
    'realm', 'same-not-by-dst', 'socks5-port', 'socks5-server', 'socksify-service', 'tcp-mss', 'tos',
  ],
  '/ip/firewall/raw': ['hotspot', 'in-bridge-port-list', 'ingress-priority', 'ipv4-options', 'out-bridge-port-list', 'priority', 'tcp-mss', 'tos'],
  '/ip/firewall/mangle': [
    'connection-bytes', 'hotspot', 'in-bridge-port-list', 'ingress-priority', 'ipv4-options', 'new-dscp', 'new-priority', 'new-ttl',
    'out-bridge-port-list', 'p2p', 'priority', 'realm', 'route-dst', 'sniff-id', 'sniff-target', 'sniff-target-port', 'tcp-mss', 'tos',
  ],
  '/ip/firewall/address-list': ['dynamic'],
  '/ip/route': ['blackhole'],
  '/ip/service': ['available-from'],
  '/ip/neighbor/discovery-settings': ['dying-gasp', 'lldp-med'],
  '/ip/settings': ['ipv4-fragment-time', 'ipv4-high-fragment-thresh'],
  '/ip/hotspot/profile': ['nas-port-type', 'radius-default-domain', 'radius-location-id', 'radius-location-name', 'radius-mac-format'],
  '/ip/hotspot/user': ['otp-secret'],
  '/ip/hotspot/user/profile': ['advertise-interval', 'advertise-timeout', 'advertise-url'],
  '/ipv6/address': ['from-pool-policy'],
  '/ipv6/route': ['blackhole'],
  '/ipv6/firewall/filter': ['connection-bytes', 'in-bridge-port-list', 'ingress-priority', 'out-bridge-port-list', 'tos'],
  '/ipv6/firewall/address-list': ['dynamic'],
  '/ipv6/nd/prefix': ['dhcp6-pd-preferred'],
  '/ipv6/dhcp-client': ['custom-iana-id', 'custom-iapd-id'],
  '/ipv6/settings': ['min-neighbor-entries', 'soft-max-neighbor-entries', 'stale-neighbor-detect-interval', 'stale-neighbor-timeout'],
  '/system/logging/action': ['add-topics-string', 'cef-event-delimiter', 'check-certificate'],
  '/system/package/update': ['check-certificate', 'ip-version', 'mode'],
  '/interface/ethernet': ['orig-mac-address'],
  '/interface/bridge': [
    'dhcp-agent-circuit-id', 'dhcp-agent-remote-id', 'dhcpv6-agent-circuit-id', 'dhcpv6-agent-remote-id', 'dhcpv6-snooping', 'mlag-heartbeat',
    'mlag-peer-port', 'mlag-priority', 'querier-uses-bridge-address', 'ra-guard',
  ],
  '/interface/bridge/port': ['trusted-dhcpv6', 'trusted-ra'],
  '/interface/l2tp-server/server': ['l2tpv3-circuit-id', 'l2tpv3-cookie-length', 'l2tpv3-digest-hash', 'l2tpv3-ether-interface-list'],
  '/interface/l2tp-client': ['l2tpv3-circuit-id', 'l2tpv3-cookie-length', 'l2tpv3-digest-hash'],
  // The same settings as a configuration profile, plus the interface's own MLD settings.
  '/interface/wifi': [...WIFI_CONFIGURATION_ARGS, 'mld-interface', 'mld-name'],
  '/interface/wifi/security': [
    'dh-groups', 'ft-nas-identifier', 'ft-r0-key-lifetime', 'ft-reassociation-deadline', 'sae-anti-clogging-threshold', 'sae-max-failure-rate',
  ],
  '/interface/wifi/configuration': WIFI_CONFIGURATION_ARGS,
  '/interface/wireless': [
    'adaptive-noise-immunity', 'allow-sharedkey', 'ampdu-priorities', 'amsdu-limit', 'amsdu-threshold', 'antenna-mode', 'area', 'arp-timeout',
    'basic-rates-b', 'burst-time', 'compression', 'default-ap-tx-limit', 'default-client-tx-limit', 'disconnect-timeout',
    'frame-lifetime', 'frequency-offset', 'guard-interval', 'ht-basic-mcs', 'ht-supported-mcs', 'hw-fragmentation-threshold', 'hw-protection-mode',
    'hw-protection-threshold', 'hw-retries', 'interworking-profile', 'multicast-buffering', 'noise-floor-threshold', 'nv2-cell-radius',
    'nv2-downlink-ratio', 'nv2-mode', 'nv2-noise-floor-offset', 'nv2-preshared-key', 'nv2-qos', 'nv2-queue-count', 'nv2-security',
    'nv2-sync-secret', 'on-fail-retry-time', 'preamble-mode', 'prism-cardtype', 'rate-selection', 'rate-set', 'rx-chains', 'scan-list',
    'station-bridge-clone-mac', 'station-roaming', 'supported-rates-b', 'tdma-period-size', 'tx-chains',
    'update-stats-interval', 'vht-basic-mcs', 'vht-supported-mcs', 'wds-cost-range', 'wds-default-bridge', 'wds-default-cost', 'wds-ignore-ssid',
    'wds-mode',
  ],
  '/interface/wireless/security-profiles': [
    'interim-update', 'mschapv2-password', 'mschapv2-username', 'radius-called-format', 'radius-eap-accounting', 'radius-mac-accounting',
    'radius-mac-authentication', 'radius-mac-caching', 'radius-mac-format', 'radius-mac-mode', 'static-algo-0', 'static-algo-1', 'static-algo-2',
    'static-algo-3', 'static-key-0', 'static-key-1', 'static-key-2', 'static-key-3', 'static-sta-private-algo', 'static-sta-private-key',
    'static-transmit-key',
  ],
  '/ppp/profile': ['bridge-port-trusted', 'bridge-port-vid', 'dhcpv6-lease-time', 'dhcpv6-use-radius', 'remote-ipv6-prefix-reuse'],
  '/routing/table': ['fib'],
  '/routing/rule': ['chain', 'realm'],
  '/routing/bgp/connection': [
    'cisco-vpls-nlri-len-fmt', 'input.accept-communities', 'input.accept-ext-communities', 'input.accept-large-communities', 'input.add-path',
    'input.attr-error-handling', 'input.filter-communities', 'input.filter-ext-communities', 'input.filter-large-communities', 'input.filter-nlri',
    'input.filter-unknown', 'input.limit-process-routes-ipv4', 'input.limit-process-routes-ipv6', 'output.add-path', 'output.affinity',
    'output.network-blackhole', 'output.no-early-cut',
  ],
  '/routing/bgp/template': [
    'cisco-vpls-nlri-len-fmt', 'input.accept-communities', 'input.accept-ext-communities', 'input.accept-large-communities', 'input.add-path',
    'input.attr-error-handling', 'input.filter-communities', 'input.filter-ext-communities', 'input.filter-large-communities', 'input.filter-nlri',
    'input.filter-unknown', 'input.limit-process-routes-ipv4', 'input.limit-process-routes-ipv6', 'output.add-path', 'output.affinity',
    'output.network-blackhole', 'output.no-early-cut',
  ],
  '/queue/type': ['codel-ce-threshold', 'fq-codel-ce-threshold'],
  '/tool/netwatch': ['early-failure-detection', 'early-success-detection', 'ignore-initial-down', 'ignore-initial-up'],
  '/tool/sniffer': [
    'filter-cpu', 'filter-dst-ipv6-address', 'filter-dst-mac-address', 'filter-dst-port', 'filter-size', 'filter-src-ipv6-address',
    'filter-src-mac-address', 'filter-src-port', 'filter-vlan', 'memory-scroll', 'quick-rows', 'quick-show-frame',
  ],
  '/certificate': ['trust-store'],
  '/container': [
    'cpu-list', 'default-dns', 'devices', 'env', 'file', 'healthcheck-cmd', 'healthcheck-interval', 'healthcheck-retries',
    'healthcheck-start-interval', 'healthcheck-start-period', 'healthcheck-status', 'healthcheck-timeout', 'hosts', 'ignore-remote-image-change',
    'mount', 'privileged', 'restart-max-count', 'restart-policy', 'shell', 'shm-size', 'stop-on-unhealthy', 'stop-signal', 'swap-max', 'tmpfs',
  ],
  '/container/config': ['memory-max', 'swap-max'],
  '/container/mounts': ['mode'],
};
