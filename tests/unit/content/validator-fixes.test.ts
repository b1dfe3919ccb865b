/**
 * Regression tests for validator gaps found in review: quotes must start and end on word boundaries,
 * URLs must be http(s), "%" only with percent units, and an invalid file is reported once, not again at
 * every reference to it.
 */
import { describe, expect, it } from 'vitest';
import { BLOG, errorsAfter, VENDOR } from './fixture.ts';

describe('validator review fixes', () => {
  it('rejects a quote that starts inside a word ("7.3%" inside "77.3%")', () => {
    const errors = errorsAfter((t) =>
      t.edit(VENDOR, 'quote: "Terminal-Bench 2.0 77.3% 64.0%"\n    figure: "77.3%"', 'quote: "7.3% 64.0%"\n    figure: "7.3%"'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('claim "openai-launch-post/terminal-bench-gpt-5-3-codex" field "quote": Quote not found in snapshot.txt.');
  });

  it('rejects a quote that ends inside a word', () => {
    const errors = errorsAfter((t) => t.edit(VENDOR, 'quote: "February 5, 2026"', 'quote: "February 5, 202"'));
    expect(errors).toEqual([
      expect.stringContaining('claim "openai-launch-post/release-date" field "quote": Quote not found in snapshot.txt.'),
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/x', 'mailto:someone@example.org'])('rejects the URL %s', (url) => {
    const errors = errorsAfter((t) => t.edit(VENDOR, 'url: https://openai.com/index/introducing-gpt-5-3-codex/', `url: "${url}"`));
    expect(errors).toEqual([
      expect.stringContaining('field "url": Invalid value for "url". Expected an absolute http(s) URL stated in the text, or null;'),
    ]);
  });

  it('rejects a % sign on a value whose unit is not a percentage', () => {
    const errors = errorsAfter((t) => t.edit(VENDOR, '    value: "64.0"\n', '    value: "64.0%"\n    unit: fraction\n'));
    expect(errors).toContain(
      'content/sources/openai-launch-post/index.mdx:30 claim "openai-launch-post/terminal-bench-gpt-5-2-codex" field "value": The value has a % sign, but its unit is "fraction". Expected a value without "%" (the unit "fraction" applies), or unit "%"; got "64.0%". Fix: remove the % sign, or set the unit the source uses.',
    );
  });

  it('still checks the claims of a source whose metadata is invalid', () => {
    const errors = errorsAfter((t) => {
      t.edit(VENDOR, 'sha256: 7cc2', 'sha256: zzc2');
      t.edit(VENDOR, 'subject: gpt-5-2-codex', 'subject: gpt-5-2-codx');
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('field "sha256"');
    expect(errors[1]).toContain('field "subject": Unknown subject "gpt-5-2-codx".');
  });

  it('reports a broken property file once, not again at each claim that uses it', () => {
    const errors = errorsAfter((t) => t.edit('properties/release-date.yaml', 'valueType: date', 'valueType: dates'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('properties/release-date.yaml');
  });

  it('finds a <Cite> whose attribute is on the next line, and one written as an expression', () => {
    const errors = errorsAfter((t) => {
      const model = 'models/gpt-5-3-codex.mdx';
      t.write(
        model,
        `${t.read(model)}\nMore: <Cite\n  claim="openai-launch-post/nope" /> and <Cite claim={"openai-launch-post/nada"} />\n`,
      );
    });
    expect(errors.filter((e) => e.includes('<Cite> points at unknown claim'))).toHaveLength(2);
  });

  it('says so when an entity file has no frontmatter block', () => {
    const errors = errorsAfter((t) => t.write('organizations/nofm.mdx', 'name: X\n'));
    expect(errors).toEqual([
      'content/organizations/nofm.mdx:1 field "(frontmatter)": The file has no frontmatter block. Expected a first line "---", the YAML fields, then a line "---" before the body; got "name: X". Fix: wrap the fields in --- lines at the top of the file (see docs/content-format.md).',
    ]);
  });

  it('a blog claim citing a benchmark id that is a model says what it is', () => {
    const errors = errorsAfter((t) => t.edit(BLOG, 'benchmark: swe-bench-pro', 'benchmark: gpt-5-2-codex'));
    expect(errors[0]).toContain('field "qualifiers.benchmark": "gpt-5-2-codex" is a model, not a benchmark.');
  });
});
