// Markdown tables for bench/run.mjs. MB = 10^6 bytes; times are whole-process wall clock
// (start-up included) as the user would see them.

const MB = 1e6;

/** Two or three significant digits: enough to compare, no false precision. */
function num(x) {
  if (!Number.isFinite(x)) return '–';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const header = (cells) => [row(cells), row(cells.map((c, i) => (i ? '---:' : ':---')))].join('\n');
const failure = (m) => `failed (exit ${m.failed.code}): ${m.failed.stderr.split('\n').find(Boolean) ?? 'no message'}`.replaceAll('|', '\\|');

export function pipelineTable(ctx, pipelines) {
  const { articles, bytes } = ctx.corpus;
  const mbps = (p) => (p.result && !p.result.failed ? bytes / MB / (p.result.wallMs / 1000) : NaN);
  const naive = pipelines.find((p) => p.name.startsWith('naive'));
  const lines = [
    `## tradefacts benchmark (${ctx.mode})`,
    '',
    `Corpus \`${ctx.corpus.dir}\`: ${articles} articles, ${num(bytes / MB)} MB, seed ${ctx.seed}. ` +
      `Median of ${ctx.runs} runs (start-up: ${ctx.startupRuns}); ${ctx.node}; ${ctx.machine}.`,
    '',
    header(['pipeline', 'MB/s', 'articles/s', 'wall s', 'CPU s', 'peak RSS MB', 'start-up ms', 'speed vs naive']),
  ];
  for (const p of pipelines) {
    if (p.skipped) {
      lines.push(row([p.name, `not run: ${p.skipped}`, '', '', '', '', '', '']));
      continue;
    }
    if (p.result.failed) {
      lines.push(row([p.name, failure(p.result), '', '', '', '', '', '']));
      continue;
    }
    const r = p.result;
    const seconds = r.wallMs / 1000;
    const startup = p.startup.failed ? 'failed' : p.startup.wallMs.toFixed(0);
    lines.push(row([p.name, num(mbps(p)), num(articles / seconds), num(seconds), num(r.cpuMs / 1000), num(r.maxRssMB), startup, `${num(mbps(p) / mbps(naive))}×`]));
  }
  lines.push(
    '',
    'MB/s and articles/s are over whole-process wall time, start-up included; CPU s is user + system of the process (all its threads). ' +
      'Start-up: the same command on a one-line file. Speed vs naive: MB/s divided by the naive row\'s.',
  );
  if (!ctx.hasJobs) lines.push('', '`extract` does not accept `--jobs` yet: its row runs without it and the `--jobs 2` row is skipped.');
  return lines.join('\n');
}

export function scalingTable(ctx, rows, args) {
  const perMB = (s) => (s.result.failed ? NaN : s.result.wallMs / 1000 / (s.corpus.bytes / MB));
  const unit = perMB(rows[0]);
  const lines = [
    `### Scaling: \`node ${args.join(' ')} INPUT\``,
    '',
    header(['input', 'articles', 'MB', 'runs', 'wall s', 'CPU s', 's per MB', 's/MB vs 1×', 'peak RSS MB']),
  ];
  for (const s of rows) {
    const { articles, bytes } = s.corpus;
    if (s.result.failed) {
      lines.push(row([s.name, String(articles), num(bytes / MB), '', failure(s.result), '', '', '', '']));
      continue;
    }
    const r = s.result;
    lines.push(row([s.name, String(articles), num(bytes / MB), String(r.runs.length), num(r.wallMs / 1000), num(r.cpuMs / 1000), num(perMB(s)), `${num(perMB(s) / unit)}×`, num(r.maxRssMB)]));
  }
  lines.push('', 'Linear time means s per MB stays near 1× as the input grows; streaming means peak RSS does not grow with the single file.');
  return lines.join('\n');
}
