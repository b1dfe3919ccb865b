/**
 * Fills the cache of parsed source frontmatter (src/frontmatter-cache.ts) on every core before the editor's
 * commands read the content through it on one thread. Parsing the YAML is most of a cold `npm run content:check`
 * on a large content folder (about 6.5 s of its 12.5 s at 2,000 sources, on this project's 2-core machine),
 * and each file parses alone. The worker threads run the reader's own parse (readSourceFile) and hand back
 * exactly what the cache would store, so the read that follows (given the same cache) finds every entry and
 * gives what it would have given without this step; the read saves the cache. Not used by the build, which reads once and keeps no cache.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { serialize } from 'node:v8';
import { readSourceFile, sourceIndexFiles } from './content-files.ts';
import type { FrontmatterCache } from './frontmatter-cache.ts';
import { runWorker } from './run-worker.ts';

/** One file for a thread to parse: its name as errors give it, and its text. */
export interface ParseJob {
  file: string;
  text: string;
}

/** How widely to parse. */
export interface WarmOptions {
  /**
   * Below this many files per thread, starting a thread (it loads the reader's modules) costs more than it
   * saves, and the read parses the files itself. 100 by default.
   */
  filesPerThread?: number;
  /** Threads at the most, this one included: the machine's cores by default. */
  threads?: number;
}

/** What the warming did: how many files it parsed ahead, on how many threads (none on 1: it left them to the read). */
export interface Warming {
  parsed: number;
  threads: number;
}

/** Parses `jobs` in a worker thread (src/frontmatter-worker.ts); resolves with each one's serialized entry, in order. */
function parseInWorker(jobs: ParseJob[]): Promise<Uint8Array[]> {
  return runWorker(new URL('./frontmatter-worker.ts', import.meta.url), jobs, 'the frontmatter worker');
}

/**
 * Parses, across the machine's cores, the sources under `dir` whose frontmatter `cache` lacks, and adds them
 * to it; nothing when they are too few to be worth a second thread.
 */
export async function warmFrontmatterCache(dir: string, cache: FrontmatterCache, options: WarmOptions = {}): Promise<Warming> {
  const missing: ParseJob[] = [];
  for (const { path, file } of sourceIndexFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    if (!cache.has(text)) missing.push({ file, text });
  }
  const threads = Math.min(options.threads ?? availableParallelism(), Math.floor(missing.length / (options.filesPerThread ?? 100)));
  if (threads < 2) return { parsed: 0, threads: 1 };
  // Contiguous shares of equal size (the sources' files are of like size); a worker's entries come back in its share's order.
  const size = Math.ceil(missing.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => missing.slice(i * size, (i + 1) * size));
  const [own = [], ...others] = shares;
  const workers = others.map(parseInWorker);
  // This thread parses the first share while the workers parse the others.
  for (const job of own) cache.add(job.text, serialize(readSourceFile(job.file, job.text)));
  const results = await Promise.all(workers);
  others.forEach((share, i) => {
    share.forEach((job, j) => {
      const entry = results[i]?.[j];
      if (entry) cache.add(job.text, entry);
    });
  });
  return { parsed: missing.length, threads };
}
