/**
 * Rule "csp": a strict Content Security Policy on every built page. Each page must carry the policy Astro's
 * `security.csp` writes (<meta http-equiv="content-security-policy">), the policy must be strict (no
 * 'unsafe-inline' or 'unsafe-eval' scripts, no remote hosts: the site makes no third-party requests), and
 * everything inline on the page must be allowed by it (each inline script and <style> hashed; no inline
 * event handlers or style attributes, which hashes cannot allow).
 */
import { createHash } from 'node:crypto';
import { isCspMeta, type Policy, parseCsp } from '../../../src/lib/security/csp.ts';
import { describeTag, type Tag } from '../base/html.ts';
import type { CheckReport, Problem } from '../base/problem.ts';
import type { Site } from '../base/site.ts';

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
export function inlineProblems(tags: readonly Tag[], policy: Policy): { tag: Tag; message: string }[] {
  const problems: { tag: Tag; message: string }[] = [];
  const scripts = new Set(effective(policy, 'script-src-elem', 'script-src', 'default-src') ?? []);
  const styles = new Set(effective(policy, 'style-src-elem', 'style-src', 'default-src') ?? []);
  for (const tag of tags) {
    const add = (message: string): void => {
      problems.push({ tag, message });
    };
    if (tag.name === 'script' && !tag.attrs.has('src') && SCRIPT_TYPES.has((tag.attrs.get('type') ?? '').trim().toLowerCase())) {
      const hash = cspHash(tag.text ?? '');
      if (!scripts.has(hash))
        add(
          `inline <script> (${(tag.text ?? '').trim().slice(0, 60)}…) has hash ${hash}, which script-src does not list: it will not run; move it to a file or let Astro hash it`,
        );
    }
    if (tag.name === 'style') {
      const hash = cspHash(tag.text ?? '');
      if (!styles.has(hash)) add(`inline <style> has hash ${hash}, which style-src does not list: it will not apply`);
    }
    for (const [name] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) add(`${describeTag(tag)} has an inline event handler ${name}="…": the CSP blocks it; use a script file`);
    }
    if (tag.attrs.has('style') && tag.attrs.get('style')?.trim()) {
      add(
        `${describeTag(tag)} has a style attribute: style-src without 'unsafe-inline' blocks it (CSP hashes cannot allow attributes); use a class`,
      );
    }
  }
  return problems;
}

/** The policy text of a parsed page's CSP <meta>, and that tag; null when the page has none. */
export function pagePolicy(tags: readonly Tag[]): { text: string; tag: Tag } | null {
  const tag = tags.find((t) => isCspMeta(t.name, t.attrs));
  return tag ? { text: tag.attrs.get('content') ?? '', tag } : null;
}

/**
 * Why a page's CSP <meta> is not where it governs the whole page, or null: it must be the first element of
 * <head> after <meta charset> (a meta policy applies only to what follows it, and the charset declaration
 * must come first of all).
 */
export function cspOrderProblem(tags: readonly Tag[]): string | null {
  const head = tags.findIndex((t) => t.name === 'head');
  if (head < 0) return 'the page has no <head> start tag: the CSP <meta> must be the first element of <head> after <meta charset>';
  const [first, second] = [tags[head + 1], tags[head + 2]];
  const isCharset = (t: Tag | undefined): boolean => t?.name === 'meta' && t.attrs.has('charset');
  const expected = isCharset(first) ? second : first;
  if (expected && isCspMeta(expected.name, expected.attrs)) return null;
  const cspAt = tags.findIndex((t, i) => i > head && isCspMeta(t.name, t.attrs));
  const before = tags.slice(head + 1, cspAt < 0 ? undefined : cspAt).filter((t) => !isCharset(t));
  return `the CSP <meta> must be the first element of <head> after <meta charset> (a meta policy governs only what follows it), but ${before.length} element(s) come first, from ${before[0] ? describeTag(before[0]) : 'the start'}: render Astro's head content right after <meta charset> in src/layouts/Base.astro`;
}

/** Result of the CSP rule. */
export interface CspReport extends CheckReport {
  /** Each distinct policy and the pages carrying it, in page order. */
  policies: Map<string, string[]>;
}

/** Checks the CSP meta of every built page. */
export function checkCsp(site: Site): CspReport {
  const policies = new Map<string, string[]>();
  const problems: Problem[] = [];
  const strictChecked = new Map<string, string[]>();
  for (const { file } of site.pages) {
    const { tags } = site.parsed(file);
    const meta = pagePolicy(tags);
    if (meta === null) {
      problems.push({
        rule: 'csp',
        file,
        message:
          'no <meta http-equiv="content-security-policy">: is security.csp still set in astro.config.mjs, and does the page use the Base layout?',
      });
      continue;
    }
    policies.set(meta.text, [...(policies.get(meta.text) ?? []), file]);
    const policy = parseCsp(meta.text);
    let strict = strictChecked.get(meta.text);
    if (!strict) {
      strict = strictnessProblems(policy);
      strictChecked.set(meta.text, strict);
    }
    for (const message of strict)
      problems.push({
        rule: 'csp',
        file,
        line: site.line(file, meta.tag.offset),
        element: '<meta http-equiv="content-security-policy">',
        message,
      });
    for (const { tag, message } of inlineProblems(tags, policy))
      problems.push({ rule: 'csp', file, line: site.line(file, tag.offset), element: describeTag(tag), message });
  }
  return { rule: 'csp', problems, policies, checked: `${site.pages.length} pages, ${policies.size} distinct policies` };
}
