/**
 * Worker thread of the search-index integration: prepareSearch (src/integrations/search-prepare.ts) on the
 * staging folder it is given, posting back what it prepared, or the error's message (the validator's report
 * when the content has errors). Loaded by Node itself (its TypeScript type stripping), not by Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSearch } from './search-prepare.ts';

try {
  parentPort?.postMessage({ ok: true, prepared: prepareSearch(workerData as string) });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
