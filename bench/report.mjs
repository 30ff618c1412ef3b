// Markdown tables for bench/run.mjs. MB = 10^6 bytes. Times are whole-process wall clock
// as a user sees them; "after start-up" subtracts the same command's time on a one-line
// file, which is the steady rate a long run approaches.

const MB = 1e6;

/** Two or three significant digits: enough to compare, no false precision. */
function num(x) {
  if (!Number.isFinite(x) || x < 0) return '–';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const header = (cells) => [row(cells), row(cells.map((c, i) => (i ? '---:' : ':---')))].join('\n');
const failure = (m) => `failed (exit ${m.failed.code}): ${m.failed.stderr.split('\n').find(Boolean) ?? 'no message'}`.replaceAll('|', '\\|');
const usable = (m) => m && !m.failed;
/** A killed run's figures are bounds: it would have taken longer and gone slower. */
const over = (m) => (m.timedOut ? '> ' : '');
const under = (m) => (m.timedOut ? '< ' : '');

export function pipelineTable(ctx, pipelines, capacity = null) {
  const { articles, bytes } = ctx.corpus;
  const mbps = (p) => (usable(p.result) ? bytes / MB / (p.result.wallMs / 1000) : NaN);
  const netMbps = (p) => (usable(p.result) && usable(p.startup) ? bytes / MB / ((p.result.wallMs - p.startup.wallMs) / 1000) : NaN);
  const naive = pipelines.find((p) => p.name.startsWith('naive'));
  const lines = [
    `## tradefacts benchmark (${ctx.mode})`,
    '',
    `Corpus \`${ctx.corpus.dir}\`: ${articles} articles, ${num(bytes / MB)} MB, seed ${ctx.seed}. ` +
      `Median of ${ctx.runs} runs (start-up: ${ctx.startupRuns}), made in rounds: each pipeline once per round, so all of them meet the same machine load. ` +
      `${ctx.node}; ${ctx.machine}; load average ${ctx.loadAverage} at start.`,
    '',
    header(['pipeline', 'MB/s', 'MB/s after start-up', 'articles/s', 'wall s', 'CPU s', 'peak RSS MB', 'start-up ms', 'MB/s vs naive']),
  ];
  for (const p of pipelines) {
    const blank = ['', '', '', '', '', '', ''];
    if (p.skipped) lines.push(row([p.name, `not run: ${p.skipped}`, ...blank]));
    else if (p.result.failed) lines.push(row([p.name, failure(p.result), ...blank]));
    else {
      const r = p.result;
      const seconds = r.wallMs / 1000;
      const startup = usable(p.startup) ? `${over(p.startup)}${p.startup.wallMs.toFixed(0)}` : 'failed';
      const cells = [num(mbps(p)), num(netMbps(p)), num(articles / seconds)].map((c) => under(r) + c);
      lines.push(row([p.name, ...cells, over(r) + num(seconds), over(r) + num(r.cpuMs / 1000), num(r.maxRssMB), startup, `${num(mbps(p) / mbps(naive))}×`]));
    }
  }
  lines.push(
    '',
    'CPU s: user + system time of the whole process (all threads). Start-up: the same command on a one-line file. ' +
      "MB/s vs naive: whole-process MB/s over the naive row's. Peak RSS: highest of the runs.",
  );
  const one = pipelines.find((p) => p.name === 'extract --jobs 1');
  const two = pipelines.find((p) => p.name === 'extract --jobs 2');
  if (capacity && usable(one?.result)) {
    const speedup = (r) => (usable(r) ? `${num(one.result.wallMs / r.wallMs)}×` : 'failed');
    lines.push(
      '',
      `Two cores: \`--jobs 2\` runs ${speedup(two?.result)} as fast as \`--jobs 1\`; ` +
        `${capacity.name} (wall ${usable(capacity.result) ? num(capacity.result.wallMs / 1000) : '–'} s, CPU ${usable(capacity.result) ? num(capacity.result.cpuMs / 1000) : '–'} s) ` +
        `finish ${speedup(capacity.result)} as fast: no shared state at all, so that is what this machine's two cores give this workload.`,
    );
  }
  if (!ctx.hasJobs) lines.push('', '`extract` does not accept `--jobs` yet: its row runs without it and the `--jobs 2` row is skipped.');
  return lines.join('\n');
}

export function scalingTable(ctx, rows, args, startup) {
  const startupMs = usable(startup) ? startup.wallMs : 0;
  const perMB = (s) => (usable(s.result) ? (s.result.wallMs - startupMs) / 1000 / (s.corpus.bytes / MB) : NaN);
  const unit = perMB(rows[0]);
  const lines = [
    `### Scaling: \`node ${args.join(' ')} INPUT\``,
    '',
    header(['input', 'articles', 'MB', 'runs', 'wall s', 'CPU s', 's per MB after start-up', 'vs 1×', 'peak RSS MB']),
  ];
  for (const s of rows) {
    const { articles, bytes } = s.corpus;
    const r = s.result;
    if (r.failed) lines.push(row([s.name, String(articles), num(bytes / MB), '', failure(r), '', '', '', '']));
    else {
      const cells = [num(r.wallMs / 1000), num(r.cpuMs / 1000), num(perMB(s)), `${num(perMB(s) / unit)}×`].map((c) => over(r) + c);
      lines.push(row([s.name, String(articles), num(bytes / MB), String(r.runs.length), ...cells, over(r) + num(r.maxRssMB)]));
    }
  }
  lines.push(
    '',
    `Start-up (${num(startupMs)} ms) is subtracted before dividing by MB. Linear time: "vs 1×" stays near 1× as the input grows. ` +
      'Streaming: peak RSS of the single file stays near that of the directories.',
  );
  if (rows.some((s) => s.result.timedOut)) lines.push('', `\`>\`: the run was stopped after ${ctx.timeoutS} s; its figures are lower bounds (peak RSS so far, from /proc).`);
  return lines.join('\n');
}
