import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that appears only when complete. */
export interface OutputSink {
  write(chunk: string): void;
  /** Makes the output final (renames the temporary file into place). */
  commit(): void;
  /** Leaves nothing behind (removes the temporary file). */
  abort(): void;
}

export function streamSink(stream: { write(chunk: string): unknown }): OutputSink {
  return { write: (c) => void (c && stream.write(c)), commit: () => {}, abort: () => {} };
}

/**
 * Writes to a temporary file beside the target and renames it on success, so a reader
 * never sees half an output. Opening happens at once: an unwritable path fails before any work.
 */
export function atomicFileSink(target: string): OutputSink {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = openSync(temp, 'wx');
  const cleanup = () => {
    process.off('exit', cleanup);
    if (fd !== null) {
      closeSync(fd);
      fd = null;
    }
    try {
      unlinkSync(temp);
    } catch {
      /* already gone */
    }
  };
  // however the process ends (a second Ctrl-C exits at once), an unfinished file is removed
  process.on('exit', cleanup);
  return {
    write(chunk) {
      if (fd !== null && chunk) writeSync(fd, chunk);
    },
    commit() {
      if (fd === null) return;
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      renameSync(temp, target);
      process.off('exit', cleanup);
    },
    abort: cleanup,
  };
}
