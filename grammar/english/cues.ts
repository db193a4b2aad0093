/**
 * Closed classes of cue words, by meaning, that the intent rules find their values by: the words that label a name,
 * that make a thing new, that join the ends of a range, and so on. Each class is one meaning, shared by every rule
 * that reads it (see classes.ts for the older ones); teaching a rule a new cue word is adding it here.
 */
import { NAME_GIVING_WORDS } from './classes.js';

/** Words before a name the user gives ("named guest", "called spare", "name office"). */
export const NAME_LABELS: ReadonlySet<string> = new Set([...NAME_GIVING_WORDS, 'name']);

/** Verbs and adjectives that make a new thing rather than change one ("create a bridge", "make", "build", "new"). */
export const CREATE_WORDS: ReadonlySet<string> = new Set(['create', 'make', 'build', 'new']);

/** Pronouns for all of some group ("block everything except ssh"). */
export const EVERYTHING_WORDS: ReadonlySet<string> = new Set(['everything', 'everyone', 'everybody']);

/** Words that, after "all"/"every", open an exception ("all services but ssh", "everything apart from ..."). */
export const BUT_WORDS: ReadonlySet<string> = new Set(['but', 'besides', 'apart', 'excluding']);

/** Noun meanings that join or point at other words ("and", "then", "all", "it"), never the name of a setting. */
export const LINKING_NOUNS: ReadonlySet<string> = new Set(['and', 'then', 'all', 'it']);

/** Words between a rate's number and its unit of time ("10 per second", "5 a minute", "3 every second"). */
export const PER_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'an', 'every', 'each']);

/** Pronouns that point at something an earlier clause named ("allow it from 10.0.0.0/8", "block those"). */
export const REFERRING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'those', 'these', 'him', 'her', 'his']);

/** The pronouns for the thing itself, which may be the source of traffic ("allow it to winbox"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/** Words that join the items of a list ("ether2 and the bridge", "ether3 plus ether4"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'plus', '&']);

/** Words that name what an earlier rule left over ("drop the rest", "block it from everywhere else"). */
export const REST_WORDS: ReadonlySet<string> = new Set(['rest', 'else', 'remainder']);

/** The firewall's tables by their RouterOS names ("the nat rule called webcam", "the raw rule"). */
export const FIREWALL_TABLE_NAMES: ReadonlySet<string> = new Set(['nat', 'raw', 'mangle', 'filter']);

/** Words that say a host is probed to learn whether a link is up ("ping 8.8.8.8", "monitoring 1.1.1.1", "watch"). */
export const PROBING_WORDS: ReadonlySet<string> = new Set(['ping', 'pinging', 'checking', 'monitoring', 'watching', 'watch', 'monitor']);

/** The forms of "ping" as a verb or noun ("pinging 8.8.8.8", "pings"). */
export const PING_WORDS: ReadonlySet<string> = new Set(['ping', 'pinging', 'pings']);

/** Words that say which way a route goes ("recursive via 8.8.8.8", "through 1.1.1.1"). */
export const VIA_WORDS: ReadonlySet<string> = new Set(['via', 'through']);

/** Little words between a label and the address it labels ("gateway is 10.0.0.1", "backup via", "primary at"). */
export const LABEL_LINKS: ReadonlySet<string> = new Set(['is', 'via', 'through', 'as', 'using', 'at', 'on', 'to', 'for', 'of']);

/** Words that give a thing's tag, its name or comment ("the route commented ISP1", "tagged wan2", "named office"). */
export const TAG_LABELS: ReadonlySet<string> = new Set([...NAME_GIVING_WORDS, 'commented', 'labeled', 'labelled', 'tagged']);

/** Words that may stand between a tag's label and the tag ("with the comment ISP1", "named = x", "comment is x"). */
export const TAG_LEAD_INS: ReadonlySet<string> = new Set(['the', 'a', 'with', 'comment', 'commented', 'named', 'called', 'is', '=', ':']);

/** Verbs for what netwatch does, as typed: watch a host and switch a route ("watch 8.8.8.8 toggling route WAN1"). */
export const NETWATCH_VERB_WORDS: ReadonlySet<string> = new Set(['watch', 'ping', 'check', 'toggle', 'toggling', 'switch', 'switching', 'monitor', 'monitoring']);

/** Words between a setting's noun and its value ("lease of 1h", "lease time is 30m", "lease = 1d", "set it to ..."). */
export const VALUE_LINKS: ReadonlySet<string> = new Set(['of', 'is', 'to', '=']);

/** Verbs, as typed, that make something new ("set up a dhcp server", "create", "run one on the lan"). */
export const MAKING_VERBS: ReadonlySet<string> = new Set(['set up', 'setup', 'create', 'add', 'make', 'run', 'build']);

/** Verbs, as typed, that set something up rather than change what exists ("set up", "configure"). */
export const SET_UP_VERBS: ReadonlySet<string> = new Set(['set up', 'setup', 'configure']);

/** Words that name a range of addresses ("range .100-.150"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['range', 'ranges']);

/** Words that join the two ends of a range ("192.168.88.100 to 192.168.88.200", "through", "-"). */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'and', '-']);

/** Prepositions before the name of the thing a setting belongs to ("lease time on dhcp1", "the gateway of guest-dhcp"). */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'for']);

/** Before a DHCP server's name in a static lease ("... on dhcp1"): "for" gives the device there. */
export const LEASE_SERVER_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of']);

/** Words that may stand between a noun and the name it is given ("pool named vpn", "pool is ovpn", "the pool a"). */
export const NAME_LEAD_INS: ReadonlySet<string> = new Set([...NAME_LABELS, 'the', 'a', 'is']);

/** Words after "pool" that go on to its contents, not its name ("pool with ...", "pool of 10 addresses", "ranges"). */
export const NOT_POOL_NAMES: ReadonlySet<string> = new Set(['with', 'for', 'of', 'from', 'ranges', 'range', 'containing', 'holding']);

/** Radio settings people mention next to an SSID ("channel 6", "5 ghz band", "tx-power"). */
export const RADIO_WORDS: ReadonlySet<string> = new Set(['channel', 'frequency', 'band', 'country', 'power', 'tx-power', 'width', 'mode', 'antenna', 'ghz', 'mhz', 'dfs']);

/** The radio settings the wireless family writes (a radio's country, channel and frequency). */
export const WRITTEN_RADIO_WORDS: ReadonlySet<string> = new Set(['channel', 'frequency', 'country']);

/** Words for the clients of a Wi-Fi network ("isolate the clients", "stations", "devices"). */
export const WIFI_CLIENT_WORDS: ReadonlySet<string> = new Set(['clients', 'client', 'stations', 'users', 'devices']);

/** Words for guests ("guest network", "visitor wifi"). */
export const GUEST_WORDS: ReadonlySet<string> = new Set(['guest', 'guests', 'visitor', 'visitors']);

/** Words after "guest" that make it a network, as typed ("guest network", "guest ap", "guest hotspot"). */
export const NETWORK_HEAD_WORDS: ReadonlySet<string> = new Set(['network', 'ap', 'hotspot', 'ssid']);

/** Noun meanings that make "guest" a network ("guest wifi", "guest ssid", "guest virtual ap"). */
export const NETWORK_HEAD_NOUNS: ReadonlySet<string> = new Set(['wifi', 'ssid', 'virtual-ap']);

/** Words, as typed, of the networking families' objects, which a Wi-Fi setting is not ("add the wifi to the bridge"). */
export const NETWORKING_OBJECT_WORDS: ReadonlySet<string> = new Set(['dhcp', 'server', 'address', 'bridge', 'vlan', 'port', 'list', 'route', 'mtu']);

/** Words, as typed, that say a request is scheduled ("schedule a reboot", "a scheduled backup"). */
export const SCHEDULE_WORDS: ReadonlySet<string> = new Set(['schedule', 'scheduled']);

/** Words before a day that make it a day of the schedule ("on monday", "every sunday", "each weekday"). */
export const DAY_LEAD_INS: ReadonlySet<string> = new Set(['on', 'every', 'each']);

/** Words before a time of day that belong to it ("at 3am", "on startup", "in the morning", "once at noon"). */
export const TIME_LEAD_INS: ReadonlySet<string> = new Set(['at', 'on', 'in', 'the', 'a', 'once']);

/** Parts of the day after a time ("3 in the morning", "at 10 at night"). */
export const PART_OF_DAY_WORDS: ReadonlySet<string> = new Set(['morning', 'night', 'evening']);

/** The firewall's and NAT's verbs by canonical value: what a filter or NAT rule does with traffic. */
export const TRAFFIC_RULE_VERBS: ReadonlySet<string> = new Set(['block', 'allow', 'forward', 'redirect', 'masquerade', 'srcnat', 'reject', 'tarpit']);

/** Services that keep accounts or secrets of their own (a VPN's peers, SNMP's community), which are not router users. */
export const OWN_SECRET_SERVICES: ReadonlySet<string> = new Set(['wireguard', 'l2tp', 'pptp', 'sstp', 'openvpn', 'ipsec', 'snmp']);

/** Words, as typed, for a router account ("the password of user bob", "account", "login"). */
export const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['user', 'account', 'login']);

/** Prepositions that put a thing into a group or list ("add bob to the read group", "into", "onto"). */
export const INTO_WORDS: ReadonlySet<string> = new Set(['to', 'in', 'into', 'onto']);

/** Prepositions before the owner of a thing ("the password for bob", "the password of bob"). */
export const OF_WORDS: ReadonlySet<string> = new Set(['for', 'of']);

/** Words before "user" that are not a user's name ("a user", "the user", "new user", "to user"). */
export const NOT_USER_NAMES: ReadonlySet<string> = new Set(['a', 'the', 'to', 'in', 'user', 'new']);

/** Words that limit a change to a while ("for a week", "two days", "temporarily"). */
export const WHILE_WORDS: ReadonlySet<string> = new Set(['week', 'weeks', 'day', 'days', 'month', 'months', 'temporarily']);

/** Determiners before a noun ("for the hotspot", "for our hotspot"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'our', 'my']);

/** Participles that describe a limit a profile holds, read as its verbs ("a profile shared by 2 users", "limited to 5M"). */
export const LIMIT_PARTICIPLES: ReadonlySet<string> = new Set(['shared', 'limited']);

/** Words of an NTP request that name no server of their own ("ntp client", "ntp servers"). */
export const NTP_WORDS: ReadonlySet<string> = new Set(['client', 'servers', 'server', 'ntp']);

/** Words that ask to keep something through a change ("reset but keep the users", "preserving", "retain"). */
export const KEEP_WORDS: ReadonlySet<string> = new Set(['keep', 'keeping', 'preserve', 'preserving', 'retain', 'retaining', 'save', 'saving']);

/** Words before a file's name besides "named"/"called" ("save it as nightly", "name nightly"). */
export const FILE_NAME_LABELS: ReadonlySet<string> = new Set(['as', 'name']);

/** The words for the update channel itself, as typed, not one channel ("set the update channel to testing"). */
export const CHANNEL_WORDS: ReadonlySet<string> = new Set(['channel', 'update channel', 'release channel']);

/** Words for children: with a device's MAC address and hours, the request is kid control ("kids allowed from 8:00 to 21:00 device ..."). */
export const KID_WORDS: readonly string[] = ['kids', 'kid', 'child', 'children', 'son', 'daughter', 'teens', 'teenager', 'teenagers'];
/** Words that may stand between a noun and its name ("into the pool pd", "pool named isp-pd", "pool called the-pd"). */
export const BEFORE_NAME_WORDS: ReadonlySet<string> = new Set([...NAME_GIVING_WORDS, 'the', 'name', 'of']); // ("pool name isp6")

/** Words before an interface's new name ("rename ether1 to wan", "as uplink", "called lan", "into trunk"). */
export const NEW_NAME_LABELS: ReadonlySet<string> = new Set(['to', 'as', 'called', 'named', 'into']);

/** Words, as typed, that ask for a comment on a thing ("label ether1 \"uplink\"", "describe", "comment"). */
export const DESCRIBE_WORDS: ReadonlySet<string> = new Set(['label', 'describe', 'comment']);

/** Words after "bridge" that go on to its ports, not its name ("bridge with ether2", "bridge ports ether3"). */
export const NOT_BRIDGE_NAMES: ReadonlySet<string> = new Set(['port', 'ports', 'with', 'and', 'on', 'to']);

/** Settings of a PPPoE client, as typed, that the VPN family does not write ("mtu 1480", "dial on demand", "service-name"). */
export const PPPOE_UNWRITTEN_WORDS: ReadonlySet<string> = new Set(['mtu', 'mru', 'vlan', 'demand', 'service-name', 'ac-name']);

/** Words for each one of a group, after a rate ("5M each", "10 mbps apiece", "each of them"). */
export const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'apiece']);

/** The forms of "restrict", which with a bit rate limit speed and block nothing ("restrict 10.0.0.0/24 to 30 mbps"). */
export const RESTRICT_WORDS: ReadonlySet<string> = new Set(['restrict', 'restricted', 'restricting']);

/** Words that leave something out of a whole ("secure the router without ...", "except", "minus", "skip"). */
export const EXCEPTING_WORDS: ReadonlySet<string> = new Set(['without', 'except', 'but', 'no', 'skip', 'exclude', 'excluding', 'minus', 'apart']);

/** Words, as typed, that name the firewall or one of its tables ("firewall", "filters", "nat", "mangle", "raw"). */
export const FIREWALL_TABLE_WORDS: ReadonlySet<string> = new Set(['firewall', ...FIREWALL_TABLE_NAMES, 'filters']);

/** Words, as typed, for the rules of a table ("remove all nat rules", "flush the filters"). */
export const RULE_WORDS: ReadonlySet<string> = new Set(['rule', 'rules', 'filter', 'filters']);

/** Words that ask for all of a table's rules ("remove all ...", "every", "flush", "clear", "empty", "wipe"). */
export const ALL_RULES_WORDS: ReadonlySet<string> = new Set(['all', 'every', 'everything', 'flush', 'clear', 'empty', 'wipe']);

/** Words for every one of some kind ("add 1.2.3.4 to all lists", "every list", "any list"). */
export const ALL_OF_WORDS: ReadonlySet<string> = new Set(['all', 'every', 'any']);

/** Words for a load balancer's uplinks, after their count ("two WANs", "2 ISP links", "two gateways"). */
export const UPLINK_WORDS: ReadonlySet<string> = new Set(['wans', 'wan', 'isps', 'isp', 'links', 'uplinks', 'lines', 'connections', 'gateways', 'providers']);

/** Words, as typed, that say load balancing is asked for ("balance the load", "load balance"), read as its verbs. */
export const BALANCE_WORDS: ReadonlySet<string> = new Set(['balance', 'load']);

/** Words for the hosts a network service serves ("ntp server for the clients", "devices", "hosts"). */
export const SERVED_HOST_WORDS: ReadonlySet<string> = new Set(['clients', 'devices', 'hosts']);

/** Words before a mail address that make it the sender ("from alerts@x.com", "sender ...", "as ..."). */
export const SENDER_LABELS: ReadonlySet<string> = new Set(['from', 'sender', 'as']);

/** Words that spare some of a whole ("disable all services but ssh", "except winbox", "keep api", "leaving ssh"). */
export const SPARING_WORDS: ReadonlySet<string> = new Set([...BUT_WORDS, 'save', 'except', 'keep', 'keeping', 'leave', 'leaving']);

/** Verbs, as typed, that steer traffic onto a route ("make 10.0.0.5 use wan2", "force", "put", "steer"). */
export const STEERING_VERBS: ReadonlySet<string> = new Set(['make', 'force', 'put', 'steer']);

/** Words, as typed, that add a part to an export ("export the config including sensitive data"). */
export const INCLUDE_WORDS: ReadonlySet<string> = new Set(['include', 'including', 'includes']);

/** Verbs, as typed, that change what exists rather than add to it ("change the address of ether2", "replace", "modify"). */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(['change', 'update', 'modify', 'replace']);

/** Their participles ("the address changed to ...", "updated address"). */
export const CHANGED_WORDS: ReadonlySet<string> = new Set(['changed', 'updated']);

/** Verbs, as typed, that change a route's gateway: the change verbs, and moving the route ("switch the default route to ..."). ("move 10.0.0.1/24 to ether2" adds an address: not a change there.) */
export const ROUTE_CHANGE_WORDS: ReadonlySet<string> = new Set([...CHANGE_WORDS, 'switch', 'move']);

/** Verbs, as typed, that map a DNS name to an address ("map nas.lan to 192.168.88.5 in dns", "add", "create"). */
export const MAPPING_VERBS: ReadonlySet<string> = new Set(['map', 'add', 'set', 'create']);

/** Words around a connection-tracking timeout that name neither the protocol nor the timeout ("set the tcp connection tracking ..."). */
export const TRACKING_FILLER: ReadonlySet<string> = new Set(['the', 'for', 'of', 'connection', 'connections', 'tracking', 'conntrack', 'and', 'set', 'change', 'state']);

/** Ping and traceroute settings people give ("size 1400", "ttl 5", "1400 byte packets"), which the diagnostics rules do not write. */
export const PING_SETTING_WORDS: ReadonlySet<string> = new Set(['size', 'bytes', 'byte', 'ttl', 'interval', 'timeout', 'mtu', 'dscp', 'hops', 'max-hops']);

/** Words for a count of times ("ping it twice"). */
export const TIMES_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** Words before how long an offender stays banned ("for 10 days", "ban 1 week", "blacklisted for 1h"). */
export const BAN_WORDS: ReadonlySet<string> = new Set(['for', 'ban', 'block', 'blacklist', 'blocked', 'banned']);

/** Words before the window some events must fall in ("within 1 minute", "in 10 seconds"). */
export const WINDOW_WORDS: ReadonlySet<string> = new Set(['within', 'in']);

/** Words before the window attempts are counted in: the window words, and a rate's ("3 attempts per minute", "every 30s"). */
export const ATTEMPT_WINDOW_WORDS: ReadonlySet<string> = new Set([...WINDOW_WORDS, 'per', 'every']);

/** The word before how long something lasts ("open for 30 seconds"). */
export const LASTING_WORDS: ReadonlySet<string> = new Set(['for']);

/** Words, as typed, for a DHCP server's network entry ("add dhcp network 10.5.0.0/24", "the dhcp networks"). */
export const NETWORK_WORDS: ReadonlySet<string> = new Set(['network', 'networks']);

/** Words before a mail address that make it the recipient or the sender ("to admin@x.com", "from alerts@x.com"). */
export const MAIL_DIRECTION_WORDS: ReadonlySet<string> = new Set(['to', 'from']);

/** Words that say who can reach a service ("only reachable from 10.0.0.0/8"): with "only", the service's allowed addresses. */
export const REACH_WORDS: readonly string[] = ['reachable', 'accessible', 'available', 'usable'];

/** Words that compare with what follows ("a firewall like the default config", "as in the default configuration"). */
export const LIKE_WORDS: ReadonlySet<string> = new Set(['like', 'as', 'similar']);

/** Words that say which interface a side is ("wan is ether1", "lan = bridge1", "wan: ether2", "wan on ether1"). */
export const SIDE_IS_WORDS: ReadonlySet<string> = new Set(['is', '=', ':', 'on']);

/** Determiners between "is" and a side ("ether1 is the wan", "ether2 is my wan"). */
export const SIDE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our']);

/** Noun meanings that join or qualify other words and name nothing a request can be about ("and", "only", "both", "all"). */
export const CONNECTIVE_NOUNS: ReadonlySet<string> = new Set(['and', 'then', 'only', 'both', 'all']);
