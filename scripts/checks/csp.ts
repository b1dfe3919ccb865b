/**
 * Gate: a strict Content Security Policy on every built page. Each page must carry the policy Astro's
 * `security.csp` writes (<meta http-equiv="content-security-policy">), the policy must be strict (no
 * 'unsafe-inline' or 'unsafe-eval' scripts, no remote hosts: the site makes no third-party requests), and
 * everything inline on the page must be allowed by it (each inline script and <style> hashed; no inline
 * event handlers or style attributes, which hashes cannot allow). CLI: `npx tsx scripts/checks/csp.ts [dist]`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeTag, scanTags } from './dom.ts';
import { htmlPages } from './site.ts';

/** A policy: directive name (lower case) -> its source list, in written order. */
export type Policy = Map<string, string[]>;

/** Parses a serialized policy ("default-src 'self'; img-src 'self' data:"). */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources); // the first occurrence wins, as in browsers
  }
  return policy;
}

/** Serializes a policy in a stable form ("a x y; b z"). */
export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html: string): string | null {
  const meta = scanTags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.attrs.get('content') ?? null;
}

/** The sha256 CSP source of a text, as browsers hash inline scripts and styles ('sha256-<base64>'). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const HASH_OR_NONCE = /^'(sha(256|384|512)-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=_-]+)'$/;

/** The effective source list of a fetch directive, with the CSP fallbacks (script-src-elem -> script-src -> default-src). */
function effective(policy: Policy, ...chain: string[]): string[] | undefined {
  for (const name of chain) {
    const list = policy.get(name);
    if (list) return list;
  }
  return undefined;
}

/** Why a policy is not strict enough for this site, one sentence each; empty when it is. */
export function strictnessProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const only = (directive: string, list: string[] | undefined, allowed: (s: string) => boolean, why: string): void => {
    for (const source of list ?? []) if (!allowed(source)) problems.push(`${directive} allows ${source}: ${why}`);
  };
  const defaultSrc = policy.get('default-src');
  if (!defaultSrc) problems.push("no default-src: set default-src 'self' so every resource type is limited to the site");
  only(
    'default-src',
    defaultSrc,
    (s) => s === "'self'" || s === "'none'",
    "default-src must be 'self' or 'none' (no third-party requests)",
  );
  const scripts = effective(policy, 'script-src', 'default-src');
  if (!policy.has('script-src')) problems.push("no script-src: set it explicitly ('self' plus the hashes of the inline scripts)");
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
    only(
      name,
      name === 'script-src' ? scripts : policy.get(name),
      (s) => s === "'self'" || s === "'none'" || s === "'wasm-unsafe-eval'" || HASH_OR_NONCE.test(s),
      "scripts may only come from the site itself or be hashed inline scripts ('wasm-unsafe-eval' is allowed for Pagefind's WebAssembly); never 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes', schemes or hosts",
    );
  }
  const objects = effective(policy, 'object-src', 'default-src');
  if (!(objects?.length === 1 && objects[0] === "'none'")) problems.push("object-src must be 'none' (no plugins)");
  const baseUri = policy.get('base-uri');
  if (!baseUri?.every((s) => s === "'self'" || s === "'none'"))
    problems.push("base-uri must be 'self' or 'none' (a <base> injection could redirect every relative URL)");
  const formAction = policy.get('form-action');
  if (!formAction?.every((s) => s === "'self'" || s === "'none'"))
    problems.push("form-action must be 'self' (forms may only submit to the site)");
  for (const name of ['style-src', 'style-src-elem', 'style-src-attr']) {
    only(
      name,
      policy.get(name),
      (s) => s === "'self'" || s === "'none'" || HASH_OR_NONCE.test(s),
      "styles may only come from the site itself or be hashed inline <style> elements; no 'unsafe-inline' or hosts",
    );
  }
  for (const name of ['img-src', 'font-src', 'media-src']) {
    only(
      name,
      policy.get(name),
      (s) => s === "'self'" || s === "'none'" || s === 'data:',
      'only the site itself and data: URLs (no third-party requests)',
    );
  }
  for (const name of ['connect-src', 'worker-src', 'manifest-src', 'frame-src', 'child-src']) {
    only(name, policy.get(name), (s) => s === "'self'" || s === "'none'", 'only the site itself (no third-party requests)');
  }
  return problems;
}

const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** What on a page the policy would block: unhashed inline scripts and <style> elements, inline event handlers, style attributes. */
export function inlineProblems(html: string, policy: Policy): string[] {
  const problems: string[] = [];
  const scripts = new Set(effective(policy, 'script-src-elem', 'script-src', 'default-src') ?? []);
  const styles = new Set(effective(policy, 'style-src-elem', 'style-src', 'default-src') ?? []);
  for (const tag of scanTags(html)) {
    if (tag.name === 'script' && !tag.attrs.has('src') && SCRIPT_TYPES.has((tag.attrs.get('type') ?? '').trim().toLowerCase())) {
      const hash = cspHash(tag.text ?? '');
      if (!scripts.has(hash))
        problems.push(
          `inline <script> (${(tag.text ?? '').trim().slice(0, 60)}…) has hash ${hash}, which script-src does not list: it will not run; move it to a file or let Astro hash it`,
        );
    }
    if (tag.name === 'style') {
      const hash = cspHash(tag.text ?? '');
      if (!styles.has(hash)) problems.push(`inline <style> has hash ${hash}, which style-src does not list: it will not apply`);
    }
    for (const [name] of tag.attrs) {
      if (/^on[a-z]+$/.test(name))
        problems.push(`${describeTag(tag)} has an inline event handler ${name}="…": the CSP blocks it; use a script file`);
    }
    if (tag.attrs.has('style') && tag.attrs.get('style')?.trim()) {
      problems.push(
        `${describeTag(tag)} has a style attribute: style-src without 'unsafe-inline' blocks it (CSP hashes cannot allow attributes); use a class`,
      );
    }
  }
  return problems;
}

/** Result of the CSP gate. */
export interface CspReport {
  pages: number;
  /** Each distinct policy and the pages carrying it. */
  policies: Map<string, string[]>;
  problems: { file: string; problem: string }[];
}

/** Checks the CSP meta of every built page. */
export function checkCsp(dist: string): CspReport {
  const policies = new Map<string, string[]>();
  const problems: { file: string; problem: string }[] = [];
  const strictChecked = new Map<string, string[]>();
  const pages = htmlPages(dist);
  for (const { file } of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const text = metaCsp(html);
    if (text === null) {
      problems.push({
        file,
        problem:
          'no <meta http-equiv="content-security-policy">: is security.csp still set in astro.config.mjs, and does the page use the Base layout?',
      });
      continue;
    }
    policies.set(text, [...(policies.get(text) ?? []), file]);
    const policy = parseCsp(text);
    let strict = strictChecked.get(text);
    if (!strict) {
      strict = strictnessProblems(policy);
      strictChecked.set(text, strict);
    }
    for (const problem of [...strict, ...inlineProblems(html, policy)]) problems.push({ file, problem });
  }
  return { pages: pages.length, policies, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = checkCsp(process.argv[2] ?? 'dist');
  console.log(`csp: ${report.pages} pages, ${report.policies.size} distinct policies; ${report.problems.length} problems.`);
  for (const p of report.problems.slice(0, 200)) console.log(`  - ${p.file}: ${p.problem}`);
  if (report.problems.length > 0) process.exit(1);
}
