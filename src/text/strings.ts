/** Small string helpers shared by the recognisers. */

/** A literal for use inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A fresh copy of a string that shares no storage with the one it was sliced from: a slice
 * kept in a cache or buffer would otherwise keep its whole parent document alive.
 */
export const detachedCopy = (s: string): string => (s.length === 0 ? '' : Buffer.from(s, 'utf16le').toString('utf16le'));
