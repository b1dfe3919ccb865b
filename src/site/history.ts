/**
 * The repository's history as data: file → date of the latest commit touching it, read with one `git log`
 * per build and handed to the route data (SiteData.history), which never runs git itself.
 */
import { execFileSync } from 'node:child_process';

/**
 * File → date of the latest commit touching it, from the output of
 * `git log --format=%x01%cs --name-only --no-renames` (newest first: a file's first date is its latest).
 */
export function parseCommitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0001')) date = line.slice(1).trim();
    else if (line.trim() !== '' && !dates.has(line.trim())) dates.set(line.trim(), date);
  }
  return dates;
}

/** File → date of the latest commit touching it, from one `git log` over the repository in `cwd` (empty when git is unavailable). */
export function readCommitDates(cwd = process.cwd()): Map<string, string> {
  try {
    const log = execFileSync('git', ['log', '--format=%x01%cs', '--name-only', '--no-renames'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseCommitLog(log);
  } catch {
    // Not a git checkout (e.g. a source tarball): every page falls back to the build date.
    return new Map();
  }
}
