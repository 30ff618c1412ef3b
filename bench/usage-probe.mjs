// Preloaded into every measured process (NODE_OPTIONS=--import=...). Node gives a parent
// no rusage of its children, so each process appends its own CPU time and peak RSS as one
// JSON line to $BENCH_USAGE_FILE when it exits.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_USAGE_FILE;
// resourceUsage() is process-wide, so worker threads must not report it a second time.
if (file && isMainThread) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    appendFileSync(file, JSON.stringify({ pid: process.pid, userCPUTime, systemCPUTime, maxRSS }) + '\n');
  });
}
