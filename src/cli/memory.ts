import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection on demand. V8 lets the heap grow far past what a huge file's
 * live data needs before it collects; between the segments of such a file we ask it to
 * collect, so peak memory stays flat. Returns a no-op where the engine refuses.
 */
export function garbageCollector(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    /* not available: memory is then left to V8's own schedule */
  }
  return () => {};
}
