/** Scale words and abbreviations → multiplier. Lower-case keys. Data only. */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, mil: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tln: 1e12, trln: 1e12, trn: 1e12, tn: 1e12,
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

/** Abbreviations that are only a scale when glued to a number or a currency ("$5m", "3.5bn"). */
export const GLUED_ONLY_SCALES = new Set(['k', 'm', 'b']);

/** Small-number words used by periods ("the first five months") and counts. */
export const ORDINAL_COUNTS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
