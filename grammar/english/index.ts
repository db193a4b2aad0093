/** Every word source the analyser merges. Add a family's words here. */
import { NETWORKING_WORDS } from './networking.js';
import { ADMIN_WORDS } from './admin.js';
import type { WordSource } from './types.js';
import { CORE_WORDS } from './words.js';
import { DHCP_WORDS } from './dhcp.js';
import { DNS_WORDS } from './dns.js';
import { ROUTE_WORDS } from './routes.js';
import { PROTECTION_WORDS } from './protection.js';
import { ROUTING_WORDS } from './routing.js';
import { OPERATIONS_WORDS } from './operations.js';
import { LINKS_WORDS } from './links.js';
import { SECURITY_WORDS } from './security.js';
import { ACCESS_WORDS } from './access.js';
import { PEERING_WORDS } from './peering.js';

export type { WordSource } from './types.js';

export const WORD_SOURCES: readonly WordSource[] = [CORE_WORDS, NETWORKING_WORDS, ADMIN_WORDS, DHCP_WORDS, DNS_WORDS, ROUTE_WORDS, PROTECTION_WORDS, ROUTING_WORDS, OPERATIONS_WORDS, LINKS_WORDS, SECURITY_WORDS, ACCESS_WORDS, PEERING_WORDS];
