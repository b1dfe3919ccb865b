/**
 * Runs a module in a worker thread and hands back the one message it posts: how the editor commands parse on every
 * core (src/frontmatter-warm.ts) and how the build prepares the search index beside the rendering
 * (src/integrations/search-prepare.ts). The module is loaded by Node itself (its TypeScript type stripping).
 */
import { Worker } from 'node:worker_threads';

/**
 * Starts `module` with `data` as its workerData; resolves with the first message it posts. Rejects with the error
 * it throws (its message kept: a validator's report reaches the caller as written), or, when it stops without a
 * message, with an error that names `what` and its exit code.
 */
export function runWorker<T>(module: URL, data: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    worker.once('message', (message: T) => resolve(message));
    worker.once('error', reject);
    // After a message or an error this settles nothing: a promise settles once.
    worker.once('exit', (code) => reject(new Error(`${what} stopped with exit code ${code} before it answered`)));
  });
}
