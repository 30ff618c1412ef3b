/** Currency surface forms → ISO 4217. Data only. */

/** Symbols written before the number ("$", "US$", "€"). Longest first is handled by the matcher. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'USD$': 'USD', $: 'USD',
  'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'HK$': 'HKD', 'S$': 'SGD', 'NZ$': 'NZD', 'NT$': 'TWD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₸': 'KZT', '₮': 'MNT', '₺': 'TRY',
  '₴': 'UAH', '₫': 'VND', '฿': 'THB', 'R$': 'BRL', 'Rs': 'INR', 'Rs.': 'INR',
};

/** ISO codes (and common non-ISO codes) written as words before or after the number. */
export const CURRENCY_CODES: Record<string, string> = {
  USD: 'USD', CNY: 'CNY', RMB: 'CNY', CNH: 'CNY', RUB: 'RUB', RUR: 'RUB', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY',
  INR: 'INR', KZT: 'KZT', MNT: 'MNT', KRW: 'KRW', CAD: 'CAD', AUD: 'AUD', HKD: 'HKD', SGD: 'SGD', CHF: 'CHF',
  BRL: 'BRL', TRY: 'TRY', VND: 'VND', THB: 'THB', MYR: 'MYR', IDR: 'IDR', UAH: 'UAH', BYN: 'BYN', UZS: 'UZS',
  KGS: 'KGS', TJS: 'TJS', AED: 'AED', SAR: 'SAR', ZAR: 'ZAR', NOK: 'NOK', SEK: 'SEK', DKK: 'DKK', PLN: 'PLN',
  MXN: 'MXN', PKR: 'PKR', IRR: 'IRR', TWD: 'TWD', NZD: 'NZD', AMD: 'AMD', AZN: 'AZN', GEL: 'GEL', TMT: 'TMT',
};

/** Currency names written after the number ("billion US dollars", "yuan"). Lower-case keys; multi-word allowed. */
export const CURRENCY_NAMES: Record<string, string> = {
  'us dollars': 'USD', 'us dollar': 'USD', 'u.s. dollars': 'USD', 'u.s. dollar': 'USD', 'american dollars': 'USD',
  'united states dollars': 'USD', 'dollars': 'USD', 'dollar': 'USD', 'usd': 'USD',
  'yuan': 'CNY', 'renminbi': 'CNY', 'yuan renminbi': 'CNY', 'chinese yuan': 'CNY', 'rmb': 'CNY',
  'rubles': 'RUB', 'roubles': 'RUB', 'ruble': 'RUB', 'rouble': 'RUB', 'russian rubles': 'RUB', 'russian roubles': 'RUB',
  'euros': 'EUR', 'euro': 'EUR',
  'pounds sterling': 'GBP', 'pounds': 'GBP', 'pound sterling': 'GBP', 'british pounds': 'GBP', 'sterling': 'GBP',
  'yen': 'JPY', 'japanese yen': 'JPY',
  'rupees': 'INR', 'indian rupees': 'INR', 'rupee': 'INR',
  'tenge': 'KZT', 'kazakh tenge': 'KZT',
  'tugriks': 'MNT', 'tugrik': 'MNT', 'togrogs': 'MNT', 'togrog': 'MNT', 'tugrugs': 'MNT', 'tugrug': 'MNT',
  'won': 'KRW', 'korean won': 'KRW', 'south korean won': 'KRW',
  'hong kong dollars': 'HKD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'singapore dollars': 'SGD',
  'swiss francs': 'CHF', 'lira': 'TRY', 'liras': 'TRY', 'turkish lira': 'TRY', 'dong': 'VND', 'baht': 'THB',
  'ringgit': 'MYR', 'rupiah': 'IDR', 'hryvnias': 'UAH', 'hryvnia': 'UAH', 'soms': 'KGS', 'som': 'UZS',
  'soums': 'UZS', 'soum': 'UZS', 'sums': 'UZS', 'manats': 'AZN', 'drams': 'AMD', 'laris': 'GEL', 'somoni': 'TJS',
  'reais': 'BRL', 'real': 'BRL', 'rand': 'ZAR', 'dirhams': 'AED', 'riyals': 'SAR',
};

/**
 * Where "¥" or "dollars" is ambiguous, a nearby word decides: "¥" is yuan in a text about
 * the renminbi, and yen otherwise.
 */
export const YEN_SIGN_YUAN_HINTS = /\b(?:yuan|RMB|renminbi)\b/i;

/** Symbols that are a currency only where the text is about it: "R112.6 billion" in a text about the rand. */
export const HINTED_SYMBOLS: Record<string, { currency: string; hint: RegExp }> = {
  R: { currency: 'ZAR', hint: /\b(?:rand|South Africa|South African)\b/ },
};
