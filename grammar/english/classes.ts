/**
 * Closed word classes the intent rules test for by text (not lexicon meanings): comment labels, time-of-day words,
 * words for "a user" in a per-user limit, parts of the configuration, and so on. One place, so that teaching a word
 * touches the grammar and not a rule.
 */

/** Words that limit a request to some hours or days ("at night", "during work hours"). */
export const TIME_OF_DAY_WORDS: ReadonlySet<string> = new Set([
  'during', 'until', 'till', 'tonight', 'tomorrow', 'daytime', 'nighttime', 'night', 'nights', 'overnight', 'morning', 'mornings',
  'evening', 'evenings', 'afternoon', 'afternoons', 'weekend', 'weekends', 'weekday', 'weekdays', 'hours', 'lunchtime',
]);

/** Words after "each"/"every"/"per" that name one user of a shared link. */
export const PER_USER_NOUNS: ReadonlySet<string> = new Set(['user', 'users', 'device', 'devices', 'host', 'hosts', 'client', 'clients', 'ip', 'address', 'person', 'computer', 'pc', 'machine', 'customer', 'subscriber', 'station', 'phone', 'laptop']);

/** Words that make a rate a ceiling ("at most", "max", "up to", "no more than"). */
export const CAP_WORDS: ReadonlySet<string> = new Set(['most', 'max', 'maximum', 'up', 'cap', 'capped', 'limit', 'limited', 'more', 'exceed', 'over']);

/** Words that may come with "reboot" and change nothing about it. */
export const PLAIN_REBOOT_WORDS: ReadonlySet<string> = new Set(['now', 'asap', 'safely', 'gracefully', 'cleanly', 'completely', 'fully', 'remotely', 'whole', 'entire', 'unit', 'thing', 'system', 'again', 'immediately', 'right', 'away', 'it']);

/** Words that name one part of the configuration, which a reset of the whole must not be read from. */
export const CONFIG_PART_WORDS: ReadonlySet<string> = new Set([
  'firewall', 'filter', 'nat', 'mangle', 'raw', 'bridge', 'bridges', 'dhcp', 'dns', 'wifi', 'wireless', 'wlan', 'route', 'routes', 'routing',
  'interface', 'interfaces', 'vlan', 'vlans', 'queue', 'queues', 'user', 'users', 'ip', 'address', 'addresses', 'vpn', 'wireguard', 'ipsec',
  'ppp', 'pppoe', 'hotspot', 'ospf', 'bgp', 'service', 'services', 'scheduler', 'script', 'scripts', 'ssh', 'winbox', 'port', 'ports',
  'capsman', 'snmp', 'ntp', 'clock', 'identity', 'radius', 'certificate', 'certificates', 'container', 'rules', 'rule', 'list', 'lists',
]);

/** Nouns that stand for people or "the traffic" in general, never for a service we do not know. */
export const GENERIC_PARTY_NOUNS: ReadonlySet<string> = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'people', 'person', 'others', 'stuff', 'things', 'thing', 'devices', 'machines', 'hosts', 'computers', 'guests', 'kids', 'staff', 'employees', 'visitors', 'world', 'anywhere', 'everywhere']);

/** Words that say a service or protocol carries or answers the traffic named before it. */
export const CARRIER_WORDS: ReadonlySet<string> = new Set(['with', 'over', 'using', 'via', 'through', 'inside', 'across']);

/** Words around a list's name that are not the name. */
export const NOT_LIST_NAMES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'new', 'called', 'named', 'name', 'list', 'lists', 'interface', 'to', 'from', 'in', 'into', 'of', 'with', 'and', 'my', 'our']);

/** Words around an address list's name that are not the name ("address list entry 1.2.3.4", "from all lists"). */
export const NOT_ADDRESS_LIST_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'address', 'firewall', 'ip', 'with', 'for', 'and', 'then', 'timeout', 'list', 'lists',
  'entry', 'entries', 'item', 'items', 'member', 'members', 'record', 'records', 'all', 'every', 'each', 'any', 'both',
]);

/** Words people use for a list that are the list's name ("the blacklist" is the list `blacklist`). */
export const LIST_NOUNS: ReadonlySet<string> = new Set(['blacklist', 'whitelist', 'blocklist', 'allowlist']);

/** Words that say how to show a menu, not which: read with the request. */
export const PRINT_QUALIFIERS: ReadonlySet<string> = new Set(['rule', 'entry', 'table', 'setting', 'config', 'configuration', 'status', 'current', 'all', 'every', 'configured', 'existing', 'what', 'which', 'list']);

/** Words that say the text after them is a comment. ("named"/"called" name things; "label" is also a verb.) */
export const COMMENT_LABELS: ReadonlySet<string> = new Set(['comment', 'commented', 'description', 'labelled', 'labeled']);

/**
 * Nouns that describe a thing and may end an unquoted comment that runs to the end of its clause ("with comment jump
 * host", "commented printer port"): there they label no value, and the comment's words are read by nothing else.
 */
export const COMMENT_TAIL_NOUNS: ReadonlySet<string> = new Set(['host', 'port', 'interface']);

/** Verbs that give a thing a comment, first in a clause ("label ether2 as uplink"; "label" is also a noun). */
export const COMMENT_VERBS: ReadonlySet<string> = new Set(['comment', 'label', 'describe']);

/** Words that name a comment, or the name, of a rule to find by it ("remove the rule labelled old-telnet"). */
export const RULE_NAME_LABELS: ReadonlySet<string> = new Set([...COMMENT_LABELS, 'called', 'named', 'label']);

/** Words that say traffic is left out of a translation ("exclude 10.0.0.0/8 from nat", "bypass nat for ..."). */
export const EXEMPT_WORDS: ReadonlySet<string> = new Set(['exclude', 'excluding', 'exempt', 'bypass', 'skip', 'without']);

/** Verbs that, before a participle, ask to undo what it names ("stop blocking ssh", "quit forwarding port 80"). */
export const STOP_VERBS: ReadonlySet<string> = new Set(['stop', 'quit', 'cease']);

/** Words that describe a RouterOS update, not a package's name ("install the latest version"). */
export const UPDATE_WORDS: ReadonlySet<string> = new Set(['version', 'versions', 'release', 'releases', 'latest', 'newest', 'new', 'last', 'current', 'stable', 'software', 'os', 'build', 'patch', 'patches']);

/** The firewall filter's verbs, by their canonical action value: a chain's name right after one is the chain ("drop forward from ether5"). */
export const FILTER_VERB_VALUES: ReadonlySet<string> = new Set(['block', 'allow', 'reject', 'tarpit']);

/** Words before "bridge" that make it a new one or any one, not the router's LAN bridge ("a bridge", "new bridge"). */
export const NOT_THE_BRIDGE_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'new', 'another', 'second', 'each', 'every', 'any', 'all']);

/** Words after which the next word is a name the user chose ("called spare", "named guest"): not a typo to fix. */
export const NAME_GIVING_WORDS: ReadonlySet<string> = new Set(['called', 'named']);

/** Verbs that give a new name after "to"/"as" ("rename it to spare"): that word is a name, not a typo to fix. */
export const RENAME_VERBS: ReadonlySet<string> = new Set(['rename', 'renmae']);

/** Words after "ntp server" that give the server's own upstream ("with upstream time.cloudflare.com", "syncing from ..."). */
export const UPSTREAM_WORDS: ReadonlySet<string> = new Set(['upstream', 'syncing', 'synchronizing', 'synchronising', 'synced', 'synchronized']);
/** Words before "boot"/"startup" that make it a time to run something ("at boot"; "boot from the backup" is none). */
export const STARTUP_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'after', 'upon', 'every', 'each', 'during']);

/** Prepositions that name what something is added to ("... untagged on ether3 to bridge", "into br0"). */
export const TARGET_WORDS: ReadonlySet<string> = new Set(['to', 'into', 'onto']);

/** Words between a free-text label and its text that are not the text ("note saying ...", "subject: ...", "body is ..."). */
export const TEXT_LEAD_WORDS: ReadonlySet<string> = new Set(['to', 'as', 'is', 'saying', 'says', 'that', 'reading', 'reads', 'text', 'of', ':', '=']);

/** Nouns that say when to run something: an unquoted free text cannot be told from them, so it may not run into one. */
export const SCHEDULE_NOUNS: readonly string[] = ['every', 'daily', 'hourly', 'weekly', 'midnight', 'noon', 'schedule', 'startup', 'weekdays', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The parts of an e-mail message, each the label of its value ("subject test body hello", "cc b@example.com"). */
export const EMAIL_PART_NOUNS: readonly string[] = ['subject', 'body', 'cc', 'file', 'attachment'];

/** Nouns that say how to export the configuration, never the file's name ("export to a file terse" is not a file "terse"). */
export const EXPORT_FORM_NOUNS: ReadonlySet<string> = new Set(['sensitive', 'terse', 'verbose', 'compact', 'password', 'config', 'whole', 'all', 'every', 'backup', 'section', 'file']);
/** Articles, skipped when a word is read by its neighbour ("as an admin"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
