import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessedDocument } from './process-document.js';
import type { WorkerJob } from './worker.js';

/** Jobs a worker may hold at once. */
const JOBS_PER_WORKER = 3;

type JobInput = WorkerJob extends infer J ? (J extends unknown ? Omit<J, 'id'> : never) : never;

/**
 * Extracts documents on worker threads. Jobs go to whichever worker is free; results come
 * back as promises, which the caller awaits in input order.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Jobs sent to each worker and not yet answered. */
  private readonly outstanding = new Map<Worker, number>();
  private readonly queue: Array<{ job: WorkerJob; transfer: ArrayBuffer[] }> = [];
  private readonly pending = new Map<number, { resolve: (r: ProcessedDocument) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  /** The compiled worker script; absent when running from TypeScript sources (tests), where one thread is used. */
  static readonly script = fileURLToPath(new URL('./worker.js', import.meta.url));
  static available(): boolean {
    return WorkerPool.script.endsWith('.js') && existsSync(WorkerPool.script);
  }

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WorkerPool.script);
      w.on('message', (msg: { id: number; result?: ProcessedDocument; error?: string }) => {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error !== undefined) p?.reject(new Error(msg.error));
        else p?.resolve(msg.result!);
        this.outstanding.set(w, this.outstanding.get(w)! - 1);
        this.dispatch();
      });
      w.on('error', (e) => {
        this.outstanding.set(w, Infinity); // a dead worker takes no more jobs
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.outstanding.set(w, 0);
    }
  }

  /** Whether a job sent now would start at once or right after the worker's current ones. */
  hasRoom(): boolean {
    return this.queue.length === 0 && this.workers.some((w) => this.outstanding.get(w)! < JOBS_PER_WORKER);
  }

  run(input: JobInput): Promise<ProcessedDocument> {
    const job = { ...input, id: this.nextId++ } as WorkerJob;
    const transfer = 'bytes' in job && job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength ? [job.bytes.buffer as ArrayBuffer] : [];
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      this.queue.push({ job, transfer });
      this.dispatch();
    });
  }

  /**
   * Each worker holds a few jobs at once: while the main thread takes one result and sends
   * the next job, the worker is already on the one after, so it never waits on the round trip.
   */
  private dispatch(): void {
    while (this.queue.length) {
      let w: Worker | null = null;
      for (const candidate of this.workers) if (this.outstanding.get(candidate)! < JOBS_PER_WORKER && (!w || this.outstanding.get(candidate)! < this.outstanding.get(w)!)) w = candidate;
      if (!w) return;
      const { job, transfer } = this.queue.shift()!;
      this.outstanding.set(w, this.outstanding.get(w)! + 1);
      w.postMessage(job, transfer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
