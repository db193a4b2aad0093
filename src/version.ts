/** The library version; part of every response_id. A test keeps it equal to package.json's. */
export const VERSION = '0.1.0';
