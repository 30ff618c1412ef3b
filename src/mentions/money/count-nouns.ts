/** Nouns that make a scaled number a count, never money. Lower-case. Data only. */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'residents', 'tonnes', 'tons', 'tonne', 'ton', 'barrels', 'cubic', 'kilometres', 'kilometers',
  'km', 'kilowatt-hours', 'kwh', 'units', 'vehicles', 'cars', 'passengers', 'tourists', 'visitors', 'containers',
  'teu', 'teus', 'enterprises', 'companies', 'firms', 'delegates', 'users', 'subscribers', 'shares', 'hectares',
  'square', 'metres', 'meters', 'liters', 'litres', 'gallons', 'kilograms', 'kg', 'pieces', 'items', 'doses',
  'jobs', 'workers', 'trips', 'flights', 'parcels', 'packages', 'orders', 'households', 'copies', 'views',
  'times', 'years', 'months', 'days', 'hours', 'mt', 'mmt', 'bcm', 'sets', 'head', 'animals', 'pigs', 'cattle',
]);
