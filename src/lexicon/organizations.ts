/** Words that head an organisation's name. Data only. */

/** Head nouns that end a name: "... Chamber of Commerce", "... Bank", "... Co., Ltd.". */
export const ORG_HEADS = [
  'Ministry', 'Chamber', 'Commission', 'Committee', 'Council', 'Administration', 'Agency', 'Bank', 'Union',
  'Association', 'Corporation', 'Company', 'Group', 'Authority', 'Bureau', 'Office', 'Department', 'Service',
  'Fund', 'Organization', 'Organisation', 'Institute', 'Federation', 'Alliance', 'Board', 'Holding', 'Holdings',
  'Railways', 'Airlines', 'Exchange', 'Center', 'Centre', 'Consortium', 'Cooperative', 'Society',
  // publications
  'Times', 'Post', 'Herald', 'Journal', 'Gazette', 'Tribune', 'Weekly', 'Bulletin', 'Daily',
  'Parliament', 'Duma', 'Academy', 'University', 'Customs', 'Industries', 'Enterprises', 'Investments',
  'Trading', 'Logistics', 'Court', 'Cabinet', 'Secretariat', 'Directorate', 'Inspectorate', 'Statistics',
];

/** Legal-form suffixes of companies. */
export const COMPANY_SUFFIXES = [
  'Co., Ltd.', 'Co., Ltd', 'Co. Ltd.', 'Co.,Ltd.', 'Co. Ltd', 'Co.', 'Ltd.', 'Ltd', 'LLC', 'JSC', 'PJSC', 'OJSC', 'CJSC',
  'Inc.', 'Inc', 'Corp.', 'Corp', 'PLC', 'plc', 'GmbH', 'AG', 'S.A.', 'SA', 'N.V.', 'LLP', 'Limited', 'Pte Ltd', 'Pvt Ltd',
];

/** Heads that make the name an event, not an organisation. */
export const EVENT_HEADS = new Set([
  'Expo', 'EXPO', 'Exposition', 'Exhibition', 'Forum', 'Fair', 'Summit', 'Games', 'Festival', 'Conference', 'Week',
  'Day', 'Days', 'Initiative', 'Year', 'Years', 'Congress', 'Olympics', 'Championship', 'Show', 'Session',
  'Meeting', 'Dialogue', 'Symposium', 'Convention', 'Cup', 'Marathon', 'Roadshow', 'Program', 'Programme', 'Plan',
  'Strategy', 'Project', 'Zone', 'Park', 'Corridor', 'Bridge', 'Port', 'Railway', 'Pipeline', 'Road',
]);

/** Organisations known by a single name: news agencies, international bodies. */
export const KNOWN_ORGANIZATIONS = [
  'Xinhua', 'Xinhua News Agency', 'TASS', 'ITAR-TASS', 'Interfax', 'RIA Novosti', 'Sputnik', 'Reuters', 'Bloomberg',
  'Rambler', 'Kommersant', 'Vedomosti', 'Izvestia', 'Kazinform', 'Montsame', 'Yonhap', 'Kyodo', 'AFP', 'AP',
  'People\'s Daily', 'China Daily', 'Global Times', 'CGTN', 'CCTV', 'RT', 'Rosstat', 'Gazprom', 'Rosneft',
  'Lukoil', 'Novatek', 'Rosatom', 'Roscosmos', 'Sinopec', 'PetroChina', 'CNPC', 'Huawei', 'Alibaba', 'Tencent',
  'Sberbank', 'VTB', 'WTO', 'IMF', 'World Bank', 'UNCTAD', 'OECD', 'ASEAN', 'OPEC', 'Eurostat',
];

/** Capitalised words that never start an organisation's name on their own. */
export const ORG_LEADING_STOPWORDS = new Set([
  'The', 'A', 'An', 'According', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'And', 'But', 'As', 'Since',
  'During', 'After', 'Before', 'While', 'When', 'Both', 'Its', 'Their', 'His', 'Her', 'This', 'That', 'These',
  'Those', 'Under', 'Of', 'To', 'Said', 'Meanwhile', 'Also', 'However', 'Besides', 'Currently', 'Now', 'About',
]);
