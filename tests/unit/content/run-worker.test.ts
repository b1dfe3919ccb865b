/** runWorker (src/run-worker.ts), which the frontmatter warming and the search index's preparation run their threads with. */
import { describe, expect, it } from 'vitest';
import { runWorker } from '../../../src/run-worker.ts';

/** A worker module written inline. */
const module = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);
const POST = "import { parentPort, workerData } from 'node:worker_threads';";

describe('runWorker', () => {
  it('resolves with the message the worker posts, given its data', async () => {
    await expect(runWorker(module(`${POST} parentPort.postMessage({ doubled: workerData * 2 });`), 21, 'a test worker')).resolves.toEqual({
      doubled: 42,
    });
  });
  it('rejects with the error the worker throws, its message as written', async () => {
    const report = 'Content errors:\n  content/sources/a/index.mdx: claims.0.value: expected a number';
    await expect(runWorker(module(`throw new Error(${JSON.stringify(report)});`), null, 'a test worker')).rejects.toThrow(report);
  });
  it('rejects, naming the worker and its exit code, when it stops without a message', async () => {
    await expect(runWorker(module('process.exit(3);'), null, 'a test worker')).rejects.toThrow(
      'a test worker stopped with exit code 3 before it answered',
    );
    await expect(runWorker(module(''), null, 'a test worker')).rejects.toThrow('a test worker stopped with exit code 0 before it answered');
  });
});
