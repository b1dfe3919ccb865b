/** The engine is pure: no astro, no node: APIs, no file reads; it imports only its own modules and src/lib. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ENGINE = join(import.meta.dirname, '../../../src/lib/engine');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test.each(files(ENGINE).map((f) => [relative(ENGINE, f), f]))('%s imports only relative modules inside src/lib', (_name, file) => {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
  for (const s of specifiers) {
    expect(s, `${file} imports "${s}": the engine takes its data as input and imports nothing outside src/lib`).toMatch(/^\.\.?\//);
    expect(join(file, '..', s as string)).toContain(join('src', 'lib'));
  }
});

test('no engine file is over 400 lines', () => {
  const long = files(ENGINE)
    .map((f) => [relative(ENGINE, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400);
  expect(long).toEqual([]);
});
