/**
 * Organisation spec: `name` is the canonical name without a leading "the"; a defined acronym
 * ("the General Administration of Customs (GAC)") makes later bare mentions the same name.
 * Events ("China-Russia Expo"), countries and regions are not organisations.
 */
import type { Row, Spec } from './harness.js';

/** Rows whose one expected organisation is written as its own name. */
function named(rows: Array<[input: string, name: string]>): Array<Row<'organization'>> {
  return rows.map(([input, name]) => ({ input, expect: [{ text: name, name }] }));
}

export const organizationSpec: Spec<'organization'> = {
  kind: 'organization',
  positive: [
    // ── chambers of commerce ──────────────────────────────────────────────────────
    ...named([
      ['According to the China-Mongolia Chamber of Commerce, wool exports rose.', 'China-Mongolia Chamber of Commerce'],
      ['Members of the Russian-Chinese Chamber of Commerce met in Moscow on Friday.', 'Russian-Chinese Chamber of Commerce'],
      ['The Harbin Chamber of Commerce organised a trade mission.', 'Harbin Chamber of Commerce'],
    ]),
    // ── companies joined by "and", the first ending in "Co., Ltd." ──────────────────
    {
      input: 'Heihe Xinghe Trading Co., Ltd. and Amur Soy Terminal LLC signed an agreement.',
      expect: [
        { text: 'Heihe Xinghe Trading Co., Ltd.', name: 'Heihe Xinghe Trading Co., Ltd.' },
        { text: 'Amur Soy Terminal LLC', name: 'Amur Soy Terminal LLC' },
      ],
    },
    {
      input: 'Khan Altai Coal JSC and Baotou Northern Coking Co., Ltd. signed a supply contract.',
      expect: [
        { text: 'Khan Altai Coal JSC', name: 'Khan Altai Coal JSC' },
        { text: 'Baotou Northern Coking Co., Ltd.', name: 'Baotou Northern Coking Co., Ltd.' },
      ],
    },
    ...named([['The deal went to Tashkent-based Agromir Export LLC last week.', 'Agromir Export LLC']]),
    ...named([
      ['Members of the Korean Chamber of Commerce and Industry in Vietnam met on Friday.', 'Korean Chamber of Commerce and Industry in Vietnam'],
      ["Source: Information Office of the People's Government of Xinjiang Uygur Autonomous Region", "Information Office of the People's Government of Xinjiang Uygur Autonomous Region"],
      ['said Ruslan Khairullin, General Director of Volga Polymer Technologies PJSC.', 'Volga Polymer Technologies PJSC'],
      ['The Ministry for the Development of the Russian Far East and Arctic said trade grew.', 'Ministry for the Development of the Russian Far East and Arctic'],
      ['According to the General Administration of Customs of China, exports rose.', 'General Administration of Customs of China'],
    ]),
    // ── ministries ────────────────────────────────────────────────────────────────
    ...named([
      ['The Ministry of Commerce said exports to Russia rose sharply.', 'Ministry of Commerce'],
      ["Russia's Ministry of Economic Development expects further growth.", 'Ministry of Economic Development'],
      ['The Ministry of Industry and Trade approved the export quota.', 'Ministry of Industry and Trade'],
      ["Mongolia's Ministry of Foreign Affairs confirmed the visit.", 'Ministry of Foreign Affairs'],
    ]),
    // ── commissions, committees, councils ─────────────────────────────────────────
    ...named([
      ['The Beijing Municipal Commission of Commerce released the figures.', 'Beijing Municipal Commission of Commerce'],
      ['The National Development and Reform Commission approved the pipeline.', 'National Development and Reform Commission'],
      ['The Kazakh-Chinese Intergovernmental Commission met in Astana.', 'Kazakh-Chinese Intergovernmental Commission'],
      ['The Eurasian Economic Commission proposed lower duties.', 'Eurasian Economic Commission'],
      ['The State Committee for Investment reviewed the project.', 'State Committee for Investment'],
      ['The Kazakhstan-China Business Council held its annual meeting.', 'Kazakhstan-China Business Council'],
    ]),
    // ── companies with legal forms ────────────────────────────────────────────────
    ...named([
      ['Harbin Electric Machinery Co., Ltd. signed a supply contract.', 'Harbin Electric Machinery Co., Ltd.'],
      ['The order went to Dalian Ocean Shipping Co., Ltd. in March.', 'Dalian Ocean Shipping Co., Ltd.'],
      ['The contract went to Amur Timber Trading LLC last week.', 'Amur Timber Trading LLC'],
      ['Far Eastern Grain Terminal JSC shipped its first cargo to China.', 'Far Eastern Grain Terminal JSC'],
      ['Baikal Mineral Water PJSC doubled its exports.', 'Baikal Mineral Water PJSC'],
      ['Steppe Logistics LLC opened a warehouse near the border.', 'Steppe Logistics LLC'],
      ['The China Investment Corporation bought a stake in the port.', 'China Investment Corporation'],
    ]),
    // ── banks and funds ───────────────────────────────────────────────────────────
    ...named([
      ['The Export-Import Bank of China financed the bridge.', 'Export-Import Bank of China'],
      ['Loans from the Asian Infrastructure Investment Bank rose.', 'Asian Infrastructure Investment Bank'],
      ['The Bank of China opened a branch in Khabarovsk.', 'Bank of China'],
      ['The Russian Direct Investment Fund will co-finance the terminal.', 'Russian Direct Investment Fund'],
    ]),
    // ── agencies, services, customs, statistics offices ───────────────────────────
    ...named([
      ['The Federal Customs Service published the figures on Monday.', 'Federal Customs Service'],
      ['The Russian Export Center backed 40 deals in Asia.', 'Russian Export Center'],
      ['Xinhua News Agency reported the signing.', 'Xinhua News Agency'],
      ['Harbin Customs said imports of crude oil rose.', 'Harbin Customs'],
      ['The General Administration of Customs released the data.', 'General Administration of Customs'],
      ['The National Statistics Office of Mongolia revised the figure.', 'National Statistics Office of Mongolia'],
      ['The Korea Trade-Investment Promotion Agency opened an office in Vladivostok.', 'Korea Trade-Investment Promotion Agency'],
    ]),
    // ── unions, associations, federations, blocs ──────────────────────────────────
    ...named([
      ['Members of the Eurasian Economic Union cut import duties.', 'Eurasian Economic Union'],
      ['The Russian Union of Industrialists and Entrepreneurs welcomed the deal.', 'Russian Union of Industrialists and Entrepreneurs'],
      ['The European Union imposed duties on Chinese steel.', 'European Union'],
      ['The Mongolian Wool and Cashmere Association expects higher exports.', 'Mongolian Wool and Cashmere Association'],
      ['The Federation of Korean Industries urged closer ties.', 'Federation of Korean Industries'],
    ]),
    // ── known single names ────────────────────────────────────────────────────────
    ...named([
      ['Gazprom signed a new supply agreement.', 'Gazprom'],
      ['The WTO lowered its forecast for goods trade.', 'WTO'],
      ['Interfax reported the figures on Wednesday.', 'Interfax'],
    ]),
    // ── an org name inside a longer sentence, after a possessive and a title ──────
    {
      input: 'The deal was announced by the Heilongjiang Provincial Department of Commerce and the Bank of China.',
      expect: [
        { text: 'Heilongjiang Provincial Department of Commerce', name: 'Heilongjiang Provincial Department of Commerce' },
        { text: 'Bank of China', name: 'Bank of China' },
      ],
    },
    // ── acronyms with an expansion ────────────────────────────────────────────────
    {
      input: 'The General Administration of Customs (GAC) released the figures on Monday. According to GAC, exports to Russia rose.',
      partial: true,
      note: 'whether the parenthesised definition "(GAC)" is a record of its own is open; the later bare "GAC" must be one',
      expect: [
        { text: 'General Administration of Customs', name: 'General Administration of Customs' },
        { text: 'GAC', name: 'General Administration of Customs' },
      ],
    },
    {
      input: 'The Russian Direct Investment Fund (RDIF) signed the deal.\nRDIF will invest $500 million.',
      partial: true,
      note: 'the acronym is defined in one paragraph and used in the next',
      expect: [
        { text: 'Russian Direct Investment Fund', name: 'Russian Direct Investment Fund' },
        { text: 'RDIF', name: 'Russian Direct Investment Fund' },
      ],
    },
  ],

  negative: [
    { input: 'The fifth China-Russia Expo opened in Harbin.' },
    { input: 'China and Russia agreed to expand trade in farm goods.' },
    { input: 'The Russian Federation and Kazakhstan signed the protocol.' },
    { input: 'Delegates gathered for the Eastern Economic Forum in Vladivostok.' },
    { input: 'The Belt and Road Initiative has boosted rail freight.' },
    { input: 'Heilongjiang Province borders the Russian Far East.' },
    { input: 'The Harbin Trade Fair drew buyers from Mongolia.' },
    { input: 'The Ministry said the rules would take effect soon.' },
    { input: 'The Council will meet again in Moscow.' },
    { input: "Echoing the Russian official's remarks, Chinese representatives spoke." },
    { input: 'Trade with the Chinese mainland rose sharply.' },
    { input: 'On Monday, Beijing and Moscow signed the deal.' },
    { input: 'The Power of Siberia pipeline started deliveries in December.' },
    { input: 'The Inner Mongolia Autonomous Region exported more coal.' },
    { input: 'The China-Mongolia Expo closed on Sunday.' },
  ],
};
