/**
 * Content Security Policy as data: parse and serialize a policy, and read the policy of a built page's
 * <meta http-equiv="content-security-policy">. Pure (no Node or Astro APIs): the build's headers file and the
 * site checks in scripts/checks/ share it.
 */
import { Parser } from 'htmlparser2';

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

/** Whether a start tag (lower-case name, decoded attributes) is a CSP <meta>. */
export function isCspMeta(name: string, attrs: ReadonlyMap<string, string>): boolean {
  return name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy';
}

/** The policy text of the first CSP <meta> of an HTML document, or null when it has none. */
export function metaCsp(html: string): string | null {
  let found: string | null = null;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (found === null && isCspMeta(name, new Map(Object.entries(attribs)))) found = attribs.content ?? '';
    },
  });
  parser.end(html);
  return found;
}
