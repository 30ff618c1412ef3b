import { readFileSync } from 'node:fs';
import type { ChalkInstance } from 'chalk';
import { scoreRecords, type ScoreReport } from '../check/score.js';
import { GoldFile, RECORD_KINDS, type DocumentResult, type RecordKind } from '../schema/index.js';

/** Check mode: the run's records scored against a gold file, as a table and a verdict. */
export interface CheckOutcome {
  report: ScoreReport;
  failedKinds: RecordKind[];
  text: string;
}

export function readGold(path: string): GoldFile {
  return GoldFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const baseName = (p: string) => p.split(/[\\/]/).pop()!;

export function checkAgainstGold(
  gold: GoldFile,
  docs: Array<{ result: DocumentResult; text: string }>,
  options: { kinds?: readonly RecordKind[]; minF1: number; color: ChalkInstance; warn: (m: string) => void },
): CheckOutcome {
  const kinds = options.kinds ?? RECORD_KINDS;
  const texts = new Map(docs.map((d) => [baseName(d.result.doc), d.text]));
  for (const name of Object.keys(gold.docs)) if (!texts.has(name)) options.warn(`gold document ${name} was not among the inputs`);
  const report = scoreRecords({ gold, texts, predictions: docs.flatMap((d) => d.result.records), kinds, warn: options.warn });
  const failedKinds = kinds.filter((k) => report[k].correct.f1 < options.minF1);
  return { report, failedKinds, text: formatReport(report, kinds, options.minF1, options.color) };
}

const f3 = (x: number) => x.toFixed(3);

/** The same figures, in the same columns, as ../shared/tools/score.mjs; colour only marks pass and fail. */
export function formatReport(report: ScoreReport, kinds: readonly RecordKind[], minF1: number, c: ChalkInstance): string {
  const lines = ['kind          gold  pred   found P/R/F1          correct P/R/F1'];
  for (const k of kinds) {
    const r = report[k];
    const verdict = r.correct.f1 >= minF1 ? c.green('ok') : c.red(`FAIL (< ${minF1})`);
    lines.push(
      `${k.padEnd(12)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)}   ${f3(r.found.p)} ${f3(r.found.r)} ${f3(r.found.f1)}   ${f3(r.correct.p)} ${f3(r.correct.r)} ${f3(r.correct.f1)}  ${verdict}`,
    );
  }
  lines.push(`overall correct F1 ${f3(report.overall.f1)}`);
  const show = (r: Record<string, unknown>) => {
    const { doc, kind, text, start: _s, end: _e, sentence: _n, ...fields } = r;
    return `${doc} ${kind} ${JSON.stringify(String(text ?? '').slice(0, 80))} ${JSON.stringify(fields)}`;
  };
  for (const k of kinds) {
    for (const m of report[k].misses) lines.push(`${c.yellow('miss ')} ${show(m)}`);
    for (const e of report[k].extras) lines.push(`${c.magenta('extra')} ${show(e)}`);
  }
  return lines.join('\n') + '\n';
}

/** The run's records as a gold file for review: keyed by file name, offsets kept. */
export function toGoldFile(docs: DocumentResult[]): GoldFile {
  const out: GoldFile = { docs: {} };
  for (const d of docs) {
    out.docs[baseName(d.doc)] = {
      published: d.published,
      records: d.records.map(({ doc: _doc, sentence: _sentence, ...r }) => r),
    };
  }
  return out;
}
