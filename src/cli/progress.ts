import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { ChalkInstance } from 'chalk';

/** What a run did, for the progress bar and the closing summary. */
export interface RunStats {
  files: number;
  failed: number;
  bytes: number;
  records: Partial<Record<string, number>>;
  started: number;
  finished: number;
}

export interface Progress {
  /** The number of inputs, once known (globs are counted in the background). */
  setTotal(total: number): void;
  tick(stats: RunStats): void;
  /** Clears the bar so a message can be printed on its own line. */
  interrupt(): void;
  stop(): void;
}

/** Long runs get a bar (files done, MB/s, time left); short runs and runs not on a terminal get nothing. */
const SHOW_AFTER_MS = 1000;
const SHOW_AFTER_FILES = 5;

export function createProgress(stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number }, now: () => number): Progress | null {
  if (!stderr.isTTY) return null;
  // loaded only when there is a terminal to draw on
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  let bar: CliProgress.SingleBar | null = null;
  let total = 0;
  const started = now();
  const payload = (s: RunStats) => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    return { mbs: (s.bytes / 1e6 / seconds).toFixed(2) };
  };
  return {
    setTotal(n) {
      total = n;
      bar?.setTotal(n);
    },
    tick(s) {
      if (!bar && (now() - started > SHOW_AFTER_MS || s.files > SHOW_AFTER_FILES)) {
        bar = new cliProgress.SingleBar(
          {
            stream: stderr as unknown as NodeJS.WritableStream,
            format: 'extract [{bar}] {value}/{total} files | {mbs} MB/s | {eta_formatted} left',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, s.files), s.files, payload(s));
      }
      if (bar) {
        if (s.files > total) bar.setTotal(s.files);
        bar.update(s.files, payload(s));
      }
    },
    interrupt() {
      if (bar) stderr.write('\r\x1b[2K');
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** The closing table on standard error: records per kind, facts, failures, time. */
export function printSummary(stderr: { write(s: string): unknown }, s: RunStats, c: ChalkInstance): void {
  const seconds = Math.max(0, (s.finished - s.started) / 1000);
  const rows: Array<[string, string]> = [
    ...Object.entries(s.records).map(([k, n]) => [k, String(n)] as [string, string]),
    ['files', String(s.files)],
    ['failed', s.failed ? c.red(String(s.failed)) : '0'],
    ['time', `${seconds.toFixed(2)} s (${(s.bytes / 1e6 / Math.max(seconds, 0.001)).toFixed(2)} MB/s)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  stderr.write(c.bold('summary') + '\n' + rows.map(([k, v]) => `  ${k.padEnd(width)}  ${k === 'trade_fact' ? c.cyan(v) : v}`).join('\n') + '\n');
}
