import { closeSync, existsSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that appears only when complete. */
export interface OutputSink {
  write(chunk: string): void;
  /** Makes the output final (renames the temporary file into place). */
  commit(): void;
  /** Leaves nothing behind (removes the temporary file). */
  abort(): void;
  /** Resolves when the reader has taken what was written, so a slow pipe cannot make memory grow. */
  drained(): Promise<void>;
}

type WritableLike = { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown };

export function streamSink(stream: WritableLike): OutputSink {
  let full = false;
  return {
    write: (c) => {
      if (c && stream.write(c) === false) full = true;
    },
    commit: () => {},
    abort: () => {},
    drained: () => {
      if (!full || !stream.once) return Promise.resolve();
      full = false;
      return new Promise((resolve) => stream.once!('drain', resolve));
    },
  };
}

/**
 * Writes to a temporary file beside the target and renames it on success, so a reader
 * never sees half an output. Opening happens at once: an unwritable path fails before any work.
 */
export function atomicFileSink(target: string): OutputSink {
  if (existsSync(target) && statSync(target).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
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
    drained: () => Promise.resolve(),
  };
}
