/** Titles of officials, lower-case, longest phrases matched first. Data only. */
export const TITLE_WORDS = [
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'first deputy prime minister', 'premier',
  'vice premier', 'minister', 'deputy minister', 'vice minister', 'first deputy minister', 'assistant minister',
  'governor', 'deputy governor', 'vice governor', 'acting governor', 'lieutenant governor', 'mayor', 'vice mayor',
  'deputy mayor', 'acting mayor', 'ambassador', 'chairman', 'chairwoman', 'chairperson', 'chair', 'vice chairman',
  'vice-chairman', 'deputy chairman', 'vice chairwoman', 'director', 'deputy director', 'vice director',
  'director-general', 'director general', 'deputy director-general', 'deputy director general', 'secretary-general',
  'secretary general', 'deputy secretary-general', 'deputy secretary general', 'secretary', 'party secretary',
  'party chief', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'deputy head', 'chief executive',
  'chief executive officer', 'ceo', 'general manager', 'deputy general manager', 'managing director', 'consul general',
  'consul-general', 'commissioner', 'trade representative', 'envoy', 'special envoy', 'chief economist',
  'senior economist', 'counsellor', 'counselor', 'trade commissioner', 'chief', 'founder', 'executive director',
  'speaker', 'senator', 'representative', 'trade counsellor', 'commercial counsellor', 'economic counsellor',
  'attaché', 'minister counsellor', 'president and ceo', 'board chairman', 'vice-president', 'deputy chief',
  'adviser', 'advisor', 'chief representative', 'general director', 'deputy general director', 'consul',
];

/**
 * Titles whose "of X" names the portfolio, so it stays in the title
 * ("Deputy Minister of Economic Development"); for other titles "of X" is the affiliation.
 */
export const PORTFOLIO_TITLES = new Set([
  'minister', 'deputy minister', 'vice minister', 'first deputy minister', 'assistant minister', 'secretary',
  'commissioner', 'trade commissioner',
]);

/** Titles that are too generic to mark an official on their own, lower-case and before a name. */
export const WEAK_TITLES = new Set(['head', 'chief', 'chair', 'representative', 'speaker', 'founder', 'secretary']);

/** Capitalised words of ministerial portfolios ("Minister of Economic Development"); never part of a name. */
export const PORTFOLIO_WORDS = new Set([
  'Economic', 'Economy', 'Development', 'Commerce', 'Trade', 'Foreign', 'Affairs', 'Industry', 'Industrial', 'Finance',
  'Financial', 'Agriculture', 'Agricultural', 'Energy', 'Transport', 'Transportation', 'Natural', 'Resources',
  'Investment', 'Investments', 'Digital', 'Education', 'Health', 'Justice', 'Defense', 'Defence', 'Internal', 'Interior',
  'Culture', 'Tourism', 'Labour', 'Labor', 'Science', 'Technology', 'Information', 'Communications', 'Emergency',
  'Situations', 'Construction', 'Housing', 'Ecology', 'Environment', 'Environmental', 'Sport', 'Sports', 'Youth',
  'Regional', 'Policy', 'Economics', 'International', 'Cooperation', 'External', 'Relations', 'Public', 'Security',
  'State', 'Property', 'Customs', 'Statistics', 'Planning', 'Reform', 'National', 'Far', 'East', 'Arctic', 'Water',
  'Communication', 'Mass', 'Media', 'Innovation', 'Entrepreneurship', 'Small', 'Business', 'Businesses', 'Markets',
  'Commercial', 'Affair', 'Treasury', 'Budget', 'Revenue', 'Taxation', 'Taxes', 'Social', 'Welfare', 'Infrastructure',
  'Mines', 'Mining', 'Oil', 'Gas', 'Petroleum', 'Power', 'Food', 'Fisheries', 'Forestry', 'Rural', 'Urban', 'Civil',
  'Aviation', 'Railways', 'Telecom', 'Telecommunications', 'Strategic', 'General', 'Integration', 'Services', 'Import',
  'Export', 'Exports', 'Imports', 'Municipal', 'Provincial', 'People', "People's", 'Republic', 'Federal', 'Council',
  'Committee', 'Commission', 'Bureau', 'Office', 'Department', 'Administration', 'Chamber', 'Union', 'Party', 'Central',
  'And', 'Of', 'The', 'For',
]);

/** Lower-case words that may continue an affiliation: "Guangdong provincial government". */
export const GOVERNMENT_WORDS = new Set([
  'provincial', 'municipal', 'regional', 'city', 'county', 'district', 'government', 'people\'s', 'administration',
  'committee', 'party', 'branch', 'office', 'bureau', 'department', 'commission', 'council', 'authorities', 'chamber',
]);
