import { parentPort } from 'node:worker_threads';
import { processBytes, processText, type ProcessOptions } from './process-document.js';

/** A worker thread: extracts the documents the pool hands it, one message each. */
export type WorkerJob =
  | { id: number; doc: string; bytes: Uint8Array; options: ProcessOptions; published?: string | null }
  | { id: number; doc: string; text: string; options: ProcessOptions; published?: string | null };

parentPort?.on('message', (job: WorkerJob) => {
  try {
    const result =
      'bytes' in job ? processBytes(job.doc, job.bytes, job.options, job.published) : processText(job.doc, job.text, job.options, job.published);
    parentPort!.postMessage({ id: job.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.stack ?? String(e) });
  }
});
