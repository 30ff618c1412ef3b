// Word lists for the synthetic corpus. Kept apart from the templates so they
// can be read and extended without reading generator code.

/** Countries: noun, adjective, and pools of given and family names for officials. */
export const COUNTRIES = [
  { name: 'China', adj: 'Chinese', given: ['Wei', 'Jianguo', 'Haiyan', 'Zhiqiang', 'Lihua', 'Mingde', 'Qiang', 'Yufeng', 'Hongbo', 'Xiaolin', 'Guoping', 'Shuang'], family: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma', 'Gao', 'Luo', 'Han', 'Feng'] },
  { name: 'Russia', adj: 'Russian', given: ['Alexei', 'Dmitry', 'Sergei', 'Igor', 'Olga', 'Natalia', 'Mikhail', 'Andrei', 'Elena', 'Pavel', 'Yulia', 'Timur'], family: ['Petrovsky', 'Sokolin', 'Volgin', 'Morozkin', 'Lebedinsky', 'Kozyrev', 'Novitsky', 'Orlovsky', 'Belozersky', 'Gusarov', 'Tikhonov'] },
  { name: 'Kazakhstan', adj: 'Kazakh', given: ['Nurlan', 'Aigerim', 'Yerlan', 'Dana', 'Askar', 'Saule'], family: ['Abenov', 'Sadykova', 'Temirbekov', 'Zhakupov', 'Omarova'] },
  { name: 'Mongolia', adj: 'Mongolian', given: ['Batbold', 'Oyunaa', 'Ganbaatar', 'Enkhjin'], family: ['Dorjsuren', 'Tsogtbaatar', 'Purevdorj'] },
  { name: 'Vietnam', adj: 'Vietnamese', given: ['Minh', 'Lan', 'Quang', 'Thu'], family: ['Nguyen', 'Tran', 'Pham', 'Hoang'] },
  { name: 'Germany', adj: 'German', given: ['Katrin', 'Jonas', 'Ulrich', 'Miriam'], family: ['Brenner', 'Hallmann', 'Kessler', 'Vogt'] },
  { name: 'Brazil', adj: 'Brazilian', given: ['Renata', 'Thiago', 'Marcos', 'Beatriz'], family: ['Albuquerque', 'Moraes', 'Teixeira', 'Prado'] },
  { name: 'India', adj: 'Indian', given: ['Anil', 'Priya', 'Rohit', 'Meera'], family: ['Raghavan', 'Kulkarni', 'Mehra', 'Iyer'] },
  { name: 'Belarus', adj: 'Belarusian', given: ['Viktor', 'Alena', 'Siarhei'], family: ['Kavalenka', 'Marozau', 'Dubrouski'] },
  { name: 'Uzbekistan', adj: 'Uzbek', given: ['Jasur', 'Dilnoza', 'Bekzod'], family: ['Karimova', 'Tursunov', 'Rakhimov'] },
  { name: 'Turkey', adj: 'Turkish', given: ['Emre', 'Selin', 'Murat'], family: ['Yildirim', 'Aksoy', 'Karaca'] },
  { name: 'South Korea', adj: 'South Korean', given: ['Min-jun', 'Seo-yeon', 'Ji-ho'], family: ['Kim', 'Park', 'Choi'] },
];

/** Sub-national trading regions, keyed by country name. */
export const REGIONS = {
  China: ['Heilongjiang Province', 'Jilin Province', 'Liaoning Province', 'Inner Mongolia Autonomous Region', 'Xinjiang Uygur Autonomous Region', 'Yunnan Province', 'Zhejiang Province', 'Shandong Province', 'Chongqing Municipality', 'Guangdong Province', 'Beijing', 'Tianjin'],
  Russia: ['Primorsky Territory', 'Khabarovsk Territory', 'Amur Region', 'Novosibirsk Region', 'Republic of Tatarstan', 'Irkutsk Region', 'Sverdlovsk Region', 'Zabaykalsky Territory'],
  Kazakhstan: ['Almaty Region', 'East Kazakhstan Region', 'Turkistan Region'],
};

export const CITIES = ['Harbin', 'Suifenhe', 'Heihe', 'Urumqi', 'Manzhouli', 'Vladivostok', 'Blagoveshchensk', 'Kazan', 'Yekaterinburg', 'Almaty', 'Khorgos', 'Ningbo', 'Qingdao', 'Kunming'];

export const SECTORS = ['Electromechanical', 'Agricultural', 'Timber', 'Energy', 'Textile', 'Light Industry', 'Petrochemical', 'Machinery', 'Automotive', 'Seafood', 'Pharmaceutical', 'Mineral Resources', 'Rail Equipment', 'Logistics', 'Dairy'];

export const COMMODITIES = ['mechanical and electrical products', 'crude oil', 'agricultural products', 'soybeans', 'timber and wood products', 'liquefied natural gas', 'coal', 'seafood', 'textiles and garments', 'automobiles and auto parts', 'high-tech products', 'steel products', 'fertilizers', 'pork and beef', 'household appliances', 'rare earths', 'pharmaceuticals', 'grain'];

export const ORG_PATTERNS = [
  '{A}-{B} {Sector} Chamber of Commerce',
  '{A}-{B} Investment Promotion Council',
  '{Region} Department of Commerce',
  '{City} Municipal Bureau of Commerce',
  '{AdjA} {Sector} Industry Association',
  '{City} {Sector} Exchange',
  '{AdjA} Export-Import Agency',
  '{A}-{B} {Sector} Cooperation Alliance',
  '{City} Free Trade Zone Administration',
  '{AdjB} Foreign Trade Development Center',
];

/** Titles that go before a name ("Russian Deputy Minister of Economic Development X Y"). */
export const NATIONAL_TITLES = ['Deputy Minister of Economic Development', 'Vice Minister of Commerce', 'Minister of Industry and Trade', 'Deputy Minister of Agriculture', 'Trade Representative', 'First Deputy Prime Minister', 'Deputy Minister of Foreign Affairs', 'Ambassador'];

/** Titles that follow a name ("X Y, deputy governor of Heilongjiang Province,"). */
export const REGIONAL_TITLES = ['governor', 'deputy governor', 'vice mayor', 'mayor', 'head of the foreign trade department', 'vice chairman', 'director'];

export const QUALIFIERS = ['more than', 'over', 'nearly', 'almost', 'about', 'around', 'some'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
export const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

export const EVENTS = ['Expo', 'Investment Forum', 'Trade Fair', 'Business Summit', 'Border Trade Fair', 'Industrial Cooperation Conference'];

export const SOURCES = ['Xinhua', 'TASS', 'Sputnik', 'China Daily', 'Interfax', 'Kazinform'];
