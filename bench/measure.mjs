// Spawns one Node process, times it from outside (wall clock) and collects the CPU time
// and peak RSS that usage-probe.mjs writes from inside.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const probe = pathToFileURL(new URL('./usage-probe.mjs', import.meta.url).pathname).href;

/**
 * Peak RSS and CPU time of a live process from /proc (Linux), for a run about to be
 * killed: its exit handler will not run. NaN where /proc is missing.
 */
function sampleLive(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwmKB = Number(/VmHWM:\s*(\d+)/.exec(status)?.[1]);
    // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, maxRssMB: hwmKB / 1024 };
  } catch {
    return { cpuMs: NaN, maxRssMB: NaN };
  }
}

/**
 * Runs `node ...args` once with standard output to /dev/null (or captured), killing it
 * after `timeoutMs`. Returns { wallMs, cpuMs, maxRssMB, code, timedOut, stdout, stderr }.
 */
export async function runOnce(args, { cwd, captureStdout = false, timeoutMs = Infinity } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(dir, 'usage.ndjson');
  const env = {
    ...process.env,
    BENCH_USAGE_FILE: usageFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim(),
  };
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c) => (stdout += c));
  // Keep only the tail: a failing run's last lines are what explain it.
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  let live = null;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        live = sampleLive(child.pid);
        child.kill('SIGKILL');
      }, timeoutMs)
    : null;
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? signal));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (live) {
    rmSync(dir, { recursive: true, force: true });
    return { wallMs, ...live, code, timedOut: true, stdout, stderr };
  }
  let processes = [];
  try {
    processes = readFileSync(usageFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // no usage file: the process died before its exit handler ran
  }
  rmSync(dir, { recursive: true, force: true });
  const cpuMs = processes.reduce((s, p) => s + (p.userCPUTime + p.systemCPUTime) / 1000, 0);
  // If a CLI forks child processes, their peaks add up: an upper bound on the joint peak.
  const maxRssMB = processes.reduce((s, p) => s + p.maxRSS / 1024, 0);
  return { wallMs, cpuMs: processes.length ? cpuMs : NaN, maxRssMB: processes.length ? maxRssMB : NaN, code, stdout, stderr };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * `runs` runs of the same command: median wall and CPU time, highest peak RSS.
 * Stops at the first failing run and reports it instead of timing an error path, and at
 * the first run over `timeoutMs`, whose partial figures are lower bounds.
 */
export async function measure(args, { runs, cwd, captureStdout, timeoutMs, onRun = () => {} }) {
  const [result] = await measureInRounds([{ name: '', args, captureStdout }], { runs, cwd, timeoutMs, onRun: (_, i, n) => onRun(i, n) });
  return result;
}

/**
 * Several commands measured in rounds: each round runs every command once, in turn, so a
 * slow patch of a shared machine falls on all of them alike rather than on the one whose
 * runs happened to come then. Per command: median wall and CPU time, highest peak RSS; a
 * command stops at its first failing or overtime run, as in `measure`.
 */
export async function measureInRounds(commands, { runs, cwd, timeoutMs, onRun = () => {} }) {
  const state = commands.map(() => ({ results: [], stopped: null }));
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of commands.entries()) {
      const st = state[k];
      if (st.stopped) continue;
      onRun(c.name, i + 1, runs);
      const r = await runOnce(c.args, { cwd, captureStdout: c.captureStdout, timeoutMs });
      if (r.timedOut) st.stopped = { timedOut: true, wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssMB: r.maxRssMB, runs: [...st.results, r].map(summary) };
      else if (r.code !== 0) st.stopped = { failed: { code: r.code, stderr: r.stderr.trim() }, runs: st.results.map(summary) };
      else st.results.push(r);
    }
  }
  return state.map(({ results, stopped }) =>
    stopped ?? {
      wallMs: median(results.map((r) => r.wallMs)),
      cpuMs: median(results.map((r) => r.cpuMs)),
      maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
      stdout: results[0].stdout,
      runs: results.map(summary),
    },
  );
}

/**
 * `runs` runs of several commands started at once (one per core, say): wall time until the
 * last one ends, CPU time and peak RSS summed over them. Medians over the runs as above.
 */
export async function measureConcurrent(argsList, { runs, cwd, timeoutMs, onRun = () => {} }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    onRun(i + 1, runs);
    const all = await Promise.all(argsList.map((args) => runOnce(args, { cwd, timeoutMs })));
    const failed = all.find((r) => r.code !== 0 || r.timedOut);
    if (failed) return { failed: { code: failed.timedOut ? 'timeout' : failed.code, stderr: failed.stderr.trim() }, runs: results.map(summary) };
    results.push({
      wallMs: Math.max(...all.map((r) => r.wallMs)),
      cpuMs: all.reduce((s, r) => s + r.cpuMs, 0),
      maxRssMB: all.reduce((s, r) => s + r.maxRssMB, 0),
    });
  }
  return {
    wallMs: median(results.map((r) => r.wallMs)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
    runs: results.map(summary),
  };
}

const summary = ({ wallMs, cpuMs, maxRssMB, timedOut }) => ({ wallMs, cpuMs, maxRssMB, ...(timedOut && { timedOut }) });
