export type * from './nodes.js';
export { WHERE } from './nodes.js';
export * from './build.js';
export { classifyBare, isIpv4, isIpv6, isMac, isTime } from './classify.js';
export { stripLocations } from './strip.js';
