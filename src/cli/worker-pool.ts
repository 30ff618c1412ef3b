import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessedDocument } from './process-document.js';
import type { WorkerJob } from './worker.js';

type JobInput = WorkerJob extends infer J ? (J extends unknown ? Omit<J, 'id'> : never) : never;

/**
 * Extracts documents on worker threads. Jobs go to whichever worker is free; results come
 * back as promises, which the caller awaits in input order.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
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
        this.release(w);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
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

  private release(w: Worker): void {
    this.idle.push(w);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const { job, transfer } = this.queue.shift()!;
      w.postMessage(job, transfer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
