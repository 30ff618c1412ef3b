import { runCli } from './run.js';

export { runCli };

/** Wires the CLI to the real process: the only place that exits or touches process streams. */
export async function main(): Promise<void> {
  // `extract ... | head -1`: the reader left; stop quietly
  const quietOnEpipe = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', quietOnEpipe);
  process.stderr.on('error', quietOnEpipe);
  // Ctrl-C: the run stops between documents and removes its temporary output files
  const interrupt = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    if (++interrupts > 1) process.exit(130);
    interrupt.abort();
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      cwd: process.cwd(),
      env: process.env,
      signal: interrupt.signal,
    });
  } catch (e) {
    process.stderr.write(`extract: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  }
}
