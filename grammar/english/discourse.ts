/**
 * Words that say how a prompt is put rather than what it asks: question openers, modal verbs, addressees, the filler
 * at the start of a prompt, and words that leave a request unfinished. Read by src/intents/asked.ts.
 */

/** Words that open a yes/no or wh- question (not a request): "is ssh blocked", "what is my ip". */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'isnt', "isn't", 'arent', "aren't", 'does', 'did', 'doesnt', "doesn't", 'has', 'have', 'had',
  'what', 'whats', "what's", 'why', 'which', 'who', 'whom', 'whose', 'where', 'when', 'wheres', "where's",
]);

/** Words before a subject that ask for advice or permission: "should i", "do we", "shall i", "must i". */
export const ADVICE_MODALS: ReadonlySet<string> = new Set(['should', 'shall', 'do', 'must', 'ought', 'need']);

/** The speaker, after an advice modal ("should I", "do we"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us']);

/** Polite requests in question form ("can you block telnet?", "could u add a route?") and how-to questions ("how do I ..."). */
export const POLITE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'wo', 'cant', "can't", 'couldnt', 'may']);

/** Whom a polite request is put to, after its modal ("can you", "could u", "can I"). */
export const ADDRESSEES: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'i', 'we']);

/** Greetings and the like before the question itself ("hey, is ssh blocked?"). */
export const OPENING_FILLER: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'so', 'ok', 'okay', 'please', 'pls', 'plz', 'um', 'uh', 'well', 'quick', 'question']);

/** Conjunctions and prepositions that say more is coming: at the end of a request, what they introduce is missing. */
export const CONTINUING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'then', 'but', 'plus', 'with', 'from', 'to', 'into', 'except', 'for', 'via', 'between', 'than', 'nor', 'also']);

/** Auxiliaries between "how" and its subject in a how-to question ("how do I", "how can we", "how would one"). */
export const HOW_TO_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'can', 'could', 'would', 'should', 'shall', 'must', 'will', 'might']);

/** The subject of a how-to question ("how do I", "how can you", "how does one"). */
export const HOW_TO_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'one']);

/** Thanks that close a message ("..., and thanks", "please and thank you"): after them nothing was cut short. */
export const SIGN_OFF_WORDS: ReadonlySet<string> = new Set(['thanks', 'thank', 'thx', 'thnx', 'tks', 'ty', 'kthx', 'kthxbye', 'cheers']);
