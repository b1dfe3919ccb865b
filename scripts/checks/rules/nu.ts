/**
 * Rule "nu": every built page passes the W3C Nu Html Checker (vnu.jar from the `vnu-jar` package; it needs
 * Java 8+ on the PATH), the validator behind validator.w3.org/nu. It runs once over all pages. Its errors and
 * warnings fail the rule, except the few messages in NU_ALLOWED, each of which names why the checker is wrong
 * about this site.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckReport, Problem } from '../base/problem.ts';
import type { Site } from '../base/site.ts';

/** Path of vnu.jar in node_modules. */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar')); // the package exports the path as a String object

/** Messages the Nu checker gets wrong for this site: a pattern over the message text and the reason. */
export const NU_ALLOWED: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
    reason:
      'The checker’s CSS parser predates paint-order (CSS Fill and Stroke, SVG 2), which every current browser supports; the site uses it for legible chart labels.',
  },
  {
    pattern:
      /^Inline (script|style) violates Content Security Policy \(meta tag\): blocked by “(script|style)-src” directive \(missing “‘unsafe-inline’” or nonce\/hash\)\.$/,
    reason:
      'The checker does not compute hashes: each inline script and style is listed by its sha256 in the policy. The csp rule recomputes every hash, and the browser tests run every page under the CSP with zero violations.',
  },
  {
    pattern:
      /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/[^”]*” blocked by “(style|script)-src” directive\.$/,
    reason:
      "The checker reads pages from files, so it has no origin for 'self': these stylesheets and scripts are same-origin paths (\"/…\"), which 'self' allows; the browser tests load them under the CSP with zero violations.",
  },
];

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs vnu.jar on files; resolves with its JSON messages. */
async function runNu(files: readonly string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('error', (e) => reject(new Error(`could not start java for the Nu Html Checker (${e.message}): install Java 8 or later`)));
    child.on('close', (code) => {
      try {
        resolve((JSON.parse(out) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`the Nu Html Checker exited ${code} without a JSON report:\n${err.slice(0, 2000)}`));
      }
    });
  });
}

/** Validates HTML files with the Nu checker: the problems (errors and warnings) and the allowed messages, per file relative to `dist`. */
export async function nuProblems(dist: string, files: readonly string[]): Promise<{ problems: Problem[]; allowed: Problem[] }> {
  const problems: Problem[] = [];
  const allowed: Problem[] = [];
  if (files.length === 0) return { problems, allowed };
  for (const m of await runNu(files.map((f) => join(dist, f)))) {
    if (m.type === 'info' && m.subType !== 'warning') continue; // plain information, not a fault
    const path = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? dist);
    const problem: Problem = {
      rule: 'nu',
      file: relative(dist, path).split(sep).join('/'),
      ...(m.lastLine === undefined ? {} : { line: m.lastLine }),
      ...(m.firstColumn === undefined ? {} : { column: m.firstColumn }),
      code: m.type === 'info' ? 'warning' : (m.subType ?? m.type),
      ...(m.extract ? { element: JSON.stringify(m.extract.trim().slice(0, 80)) } : {}),
      message: m.message,
    };
    (NU_ALLOWED.some((a) => a.pattern.test(m.message)) ? allowed : problems).push(problem);
  }
  return { problems, allowed };
}

/** Validates every HTML page of a built site with the Nu checker. */
export async function checkNu(site: Site): Promise<CheckReport & { allowed: Problem[] }> {
  const { problems, allowed } = await nuProblems(
    site.dist,
    site.pages.map((p) => p.file),
  );
  return { rule: 'nu', problems, allowed, checked: `${site.pages.length} pages; ${allowed.length} allowed messages` };
}
