/**
 * Official spec: a named person marked by a title. `text` is the name; `title` is the role
 * as written (a minister's portfolio stays in it); `affiliation` is whom they serve, with
 * countries as canonical nouns ("Russian" → "Russia") and regions as the seeds' gold writes
 * them ("Heilongjiang Governor Lu Hao" → "Heilongjiang Province").
 */
import type { OfficialValue, Row, Spec } from './harness.js';

function official(input: string, name: string, title: string | null, affiliation: string | null): Row<'official'> {
  const value: OfficialValue = { name, title, affiliation };
  return { input, expect: [{ text: name, ...value }] };
}

export const officialSpec: Spec<'official'> = {
  kind: 'official',
  positive: [
    // ── nationality + title (+ portfolio) + name ──────────────────────────────────
    official(
      'Russian Deputy Minister of Economic Development Azer Talybov told the forum that regional ties were growing.',
      'Azer Talybov', 'Deputy Minister of Economic Development', 'Russia',
    ),
    official('Chinese Vice Minister of Commerce Li Xuefeng attended the signing ceremony.', 'Li Xuefeng', 'Vice Minister of Commerce', 'China'),
    official('Kazakh Minister of Trade and Integration Nurlan Saparov said grain exports would rise.', 'Nurlan Saparov', 'Minister of Trade and Integration', 'Kazakhstan'),
    official('Mongolian President Batbayar Ochir met the delegation in Ulaanbaatar.', 'Batbayar Ochir', 'President', 'Mongolia'),
    official('Chinese Ambassador to Russia Zhang Wenbo told a business roundtable that trade would keep growing.', 'Zhang Wenbo', 'Ambassador to Russia', 'China'),
    official('Russian Economic Development Minister Ivan Kedrov said on Tuesday that exports had grown.', 'Ivan Kedrov', 'Economic Development Minister', 'Russia'),
    official('Korean Trade Minister Park Sung-min visited Beijing last week.', 'Park Sung-min', 'Trade Minister', 'South Korea'),

    // ── region + title + name ─────────────────────────────────────────────────────
    official('Heilongjiang Governor Lu Hao opened the exhibition in Harbin.', 'Lu Hao', 'Governor', 'Heilongjiang Province'),
    official('Jilin Governor Han Dongping said the province would open two more border crossings.', 'Han Dongping', 'Governor', 'Jilin Province'),

    // ── name, title of affiliation ────────────────────────────────────────────────
    official('Sun Wei, deputy governor of Heilongjiang Province, said the port would expand.', 'Sun Wei', 'deputy governor', 'Heilongjiang Province'),
    official('Zhang Min, mayor of Harbin, welcomed the Russian delegates.', 'Zhang Min', 'mayor', 'Harbin'),
    official('Elena Morozova, head of the Federal Customs Service, said inspections would be faster.', 'Elena Morozova', 'head', 'Federal Customs Service'),
    official('Chen Hao, chairman of the Harbin Chamber of Commerce, spoke at the forum.', 'Chen Hao', 'chairman', 'Harbin Chamber of Commerce'),
    official('Dmitry Sokolov, general manager of Amur Timber Trading LLC, said orders had doubled.', 'Dmitry Sokolov', 'general manager', 'Amur Timber Trading LLC'),
    official('Lu xiaoming, vice director of the Harbin Municipal Bureau of Commerce, said more firms would take part.', 'Lu xiaoming', 'vice director', 'Harbin Municipal Bureau of Commerce'),
    official('Xu Yanping, spokesperson for the Ministry of Commerce, said talks would continue.', 'Xu Yanping', 'spokesperson', 'Ministry of Commerce'),

    // ── title of affiliation + name ───────────────────────────────────────────────
    official('Governor of Jilin Province Han Dongping attended the ceremony.', 'Han Dongping', 'Governor', 'Jilin Province'),
    official('The talks were attended by deputy secretary-general of Jiangsu provincial government Ma Lin.', 'Ma Lin', 'deputy secretary-general', 'Jiangsu provincial government'),
    official('Acting Governor of Russia\u2019s Amur Region, Pavel Gorin, said soybean exports rose.', 'Pavel Gorin', 'Acting Governor', 'Amur Region'),
    official('Dmitry Kuznetsov, First Deputy Chairman of the Government of Amur Region, attended the meeting.', 'Dmitry Kuznetsov', 'First Deputy Chairman', 'Government of Amur Region'),
    // a transliterated two-letter initial neither ends the sentence nor the name
    official('Minister of Foreign Affairs of Mongolia Ts. Gantulga said the goal was set.', 'Ts. Gantulga', 'Minister of Foreign Affairs', 'Mongolia'),
    // a sentence adverb before the comma is no name; the country after a portfolio is the affiliation
    official('Earlier, Deputy Minister of Trade and Integration of Kazakhstan Serik Abenov said trade would grow.', 'Serik Abenov', 'Deputy Minister of Trade and Integration', 'Kazakhstan'),
    official('"We expect growth," said Tariq Mehmood Awan, Adviser to the Prime Minister on Commerce, at a seminar.', 'Tariq Mehmood Awan', 'Adviser', null),
    official('Erenhot Customs deputy director Zhao Min said clearance was faster.', 'Zhao Min', 'deputy director', null),
    official('A delegation led by deputy director Sun Lihua visited Khabarovsk.', 'Sun Lihua', 'deputy director', null),
    official('The loan was signed by Minister of Finance of Mongolia Ch.Naranbaatar and the bank.', 'Ch.Naranbaatar', 'Minister of Finance', 'Mongolia'),
    official('Kazakh Consul General in Urumqi Nurlan Seitkali said trade would grow.', 'Nurlan Seitkali', 'Consul General in Urumqi', 'Kazakhstan'),
    official(
      'First Deputy Minister for the Development of the Russian Far East and Arctic Pavel Sidorenko said trade grew.',
      'Pavel Sidorenko', 'First Deputy Minister for the Development of the Russian Far East and Arctic', null,
    ),

    // ── several officials in one sentence ─────────────────────────────────────────
    {
      input: 'Regional leaders, including governor of Jilin Province Han Dongping and mayor of Tianjin Municipality Zhao Ming, signed the memorandum.',
      expect: [
        { text: 'Han Dongping', name: 'Han Dongping', title: 'governor', affiliation: 'Jilin Province' },
        { text: 'Zhao Ming', name: 'Zhao Ming', title: 'mayor', affiliation: 'Tianjin Municipality' },
      ],
    },
  ],

  negative: [
    { input: "Echoing the Russian official's remarks, regional leaders called for more flights." },
    { input: 'The governor said exports would rise next year.' },
    { input: 'The Minister of Commerce will visit Moscow next week.' },
    { input: 'Officials from the Ministry of Commerce attended the talks.' },
    { input: 'The head of the delegation praised the results.' },
    { input: 'The president of the association did not comment.' },
    { input: 'Chinese and Russian officials said on Tuesday that trade was growing.' },
    { input: 'A ministry spokesman declined to comment.' },
    { input: 'A Chamber of Commerce representative said demand was strong.' },
    { input: 'The Ministry of Economic Development of Russia published the report.' },
  ],
};
