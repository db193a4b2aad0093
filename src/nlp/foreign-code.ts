/**
 * Other languages are not prompts. A line of SQL, a shell command, another firewall's CLI (iptables, nft, ufw,
 * firewalld, pf, netsh), Cisco IOS, Junos or PowerShell is refused as code, the way RouterOS syntax is: translating
 * another vendor's command guesses at semantics that differ (chains, default policies, rule order), and read as
 * English its keywords become our verbs ("DROP TABLE users" would drop the LAN's traffic).
 *
 * Each language is recognised by forms that do not occur in an English request to a router: keywords in their
 * syntax's order, flags, operators. A word alone ("select", "drop") never is.
 */

interface Language {
  readonly name: string;
  readonly pattern: RegExp;
}

const LANGUAGES: readonly Language[] = [
  { name: 'SQL', pattern: /\b(?:select\s+(?:\*|[\w.,\s]+?)\s+from\s+\w|insert\s+into\s+\w|delete\s+from\s+\w|drop\s+(?:table|database|schema|index|view)\s+\w|create\s+(?:table|database|index|view)\s+\w|alter\s+table\s+\w|update\s+\w+\s+set\s+\w+\s*=|union\s+(?:all\s+)?select\b|truncate\s+table\b|grant\s+\w+\s+on\s+\w)/i },
  { name: 'an iptables/nftables/ufw command', pattern: /\b(?:ip6?tables(?:-save|-restore)?|nft|ufw|firewall-cmd|pfctl|netsh|ebtables|arptables)\b(?:\s|$)/i },
  { name: 'a shell command', pattern: /(?:^|[;&|]\s*)(?:(?:rm|ls|cd|cat|echo|chmod|chown|curl|wget|apt(?:-get)?|yum|dnf|systemctl|ifconfig|grep|killall|bash|sh|python3?)\s+(?:-{1,2}\w|[~/.$"']|https?:)|sudo\s+\w)|&&|\|\||\$\(|`[^`]*`|>\s*\/dev\/|2>&1|#!\/|\bip\s+(?:addr|link|route|rule)\s+(?:add|del|show|set|flush)\b/ },
  { name: 'Cisco IOS configuration', pattern: /\b(?:conf(?:igure)?\s+t(?:erminal)?\b|interface\s+(?:gi(?:gabitethernet)?|fa(?:stethernet)?|te(?:ngigabitethernet)?)\s*\d+(?:\/\d+)+|access-list\s+\d+\s+(?:permit|deny)|ip\s+access-group\b|switchport\s+(?:mode|access|trunk)\b|no\s+shut(?:down)?\b|router\s+(?:ospf|bgp|eigrp|rip)\s+\d+|show\s+run(?:ning-config)?\b|enable\s+secret\b|write\s+mem(?:ory)?\b|ip\s+nat\s+inside\b|\bip\s+route\s+(?:\d{1,3}\.){3}\d{1,3}\s+(?:\d{1,3}\.){3}\d{1,3}\b)/i },
  { name: 'Junos configuration', pattern: /\b(?:set|delete)\s+(?:interfaces\s+\S+\s+unit|security\s+(?:policies|zones|nat)|firewall\s+family|protocols\s+(?:ospf|bgp)|system\s+(?:host-name|services|login))\b|\bcommit\s+(?:confirmed|check|and-quit)\b/i },
  { name: 'PowerShell', pattern: /\b(?:Get|Set|New|Remove|Add|Invoke|Start|Stop|Enable|Disable|Write|Test)-(?:Net|Item|Service|Process|Content|Host|Firewall|Object|Location|ChildItem|Command|Variable|Connection)[A-Za-z]*\b|\$\w+\s*=\s*Get-/ },
];

/** The other language `prompt` is written in, with the part that shows it, or undefined for a prompt in words. */
export function foreignCode(prompt: string): { language: string; text: string } | undefined {
  // Quoted text is a value the user gives (a comment, a password): it may hold anything.
  const unquoted = prompt.replace(/"[^"]*"|“[^”]*”/g, (q) => ' '.repeat(q.length));
  for (const { name, pattern } of LANGUAGES) {
    const found = pattern.exec(unquoted);
    if (found) return { language: name, text: prompt.slice(found.index, found.index + 40).trim() };
  }
  return undefined;
}
