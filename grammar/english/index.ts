/** Every word source the analyser merges. Add a family's words here. */
import { NETWORKING_WORDS } from './networking.js';
import { ADMIN_WORDS } from './admin.js';
import type { WordSource } from './types.js';
import { CORE_WORDS } from './words.js';

export type { WordSource } from './types.js';

export const WORD_SOURCES: readonly WordSource[] = [CORE_WORDS, NETWORKING_WORDS, ADMIN_WORDS];
