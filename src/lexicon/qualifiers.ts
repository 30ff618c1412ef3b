/** Words before an amount that qualify it. Lower-case phrases. Data only. */
export const QUALIFIER_PHRASES: Record<string, 'over' | 'under' | 'approx'> = {
  'more than': 'over', 'over': 'over', 'exceeded': 'over', 'exceeds': 'over', 'exceed': 'over', 'exceeding': 'over',
  'above': 'over', 'in excess of': 'over', 'upwards of': 'over', 'surpassed': 'over', 'surpass': 'over',
  'surpassing': 'over', 'topped': 'over', 'top': 'over', 'tops': 'over', 'at least': 'over', 'passed': 'over',
  'nearly': 'under', 'almost': 'under', 'neared': 'under', 'nearing': 'under', 'near': 'under', 'close to': 'under',
  'less than': 'under', 'under': 'under', 'below': 'under', 'just under': 'under', 'approaching': 'under',
  'approached': 'under', 'up to': 'under', 'fewer than': 'under',
  'about': 'approx', 'around': 'approx', 'some': 'approx', 'approximately': 'approx', 'roughly': 'approx',
  'an estimated': 'approx', 'estimated at': 'approx', 'approx.': 'approx', 'approx': 'approx', 'circa': 'approx',
  'about some': 'approx', 'or so': 'approx', '~': 'approx',
};

/** Words allowed between a qualifier and its amount: "neared a record high of $90 billion". */
export const QUALIFIER_FILLERS = new Set([
  'a', 'an', 'the', 'record', 'high', 'new', 'historic', 'historical', 'level', 'total', 'of', 'value', 'sum',
  'mark', 'figure', 'worth', 'threshold', 'all-time', 'to', 'at', 'us', 'nearly', 'almost', 'about',
]);
