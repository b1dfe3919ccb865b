/**
 * Worker thread of the search-index integration: prepareSearch (src/integrations/search-prepare.ts) on the
 * staging folder it is given, posting back what it prepared; an error it throws (the validator's report when the
 * content has errors) reaches the build as written (src/run-worker.ts). Loaded by Node itself (its TypeScript type
 * stripping), not by Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSearch } from './search-prepare.ts';

parentPort?.postMessage(prepareSearch(workerData as string));
