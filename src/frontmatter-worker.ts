/**
 * A worker thread of src/frontmatter-warm.ts: parses the source files it is given with the reader's own parse
 * and posts back each one's entry, serialized as the frontmatter cache stores it.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { readSourceFile } from './content-files.ts';
import type { ParseJob } from './frontmatter-warm.ts';

const jobs = workerData as ParseJob[];
parentPort?.postMessage(jobs.map((job) => serialize(readSourceFile(job.file, job.text))));
