/**
 * The boundaries of the code, as tests: src/lib is pure TypeScript (no Astro, no Node APIs), so the engine,
 * the content rules and the security helpers run anywhere and test on literals; and nothing in src/ (the
 * site and its build) imports the CLI and check code of scripts/ or the tests of tests/, so the build
 * never depends on tooling. Each import is read from the source text (static, re-exports and dynamic).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every import specifier of a module's text: import/export ... from '...', import '...', import('...'). */
function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ))
    found.push((m[1] ?? m[2] ?? m[3]) as string);
  return found;
}

const BUILTINS = new Set(builtinModules);

/** Why an import of a module at `file` (repository-relative) breaks a boundary, or null when it is allowed. */
function boundaryProblem(file: string, specifier: string): string | null {
  const inLib = file.startsWith('src/lib/');
  if (
    inLib &&
    (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/') || specifier.startsWith('@astrojs/'))
  )
    return `${file} imports "${specifier}": src/lib is pure TypeScript; pass what it needs from src/ (pages, integrations) as data`;
  if (inLib && (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] ?? '')))
    return `${file} imports the Node API "${specifier}": src/lib is pure; read files in src/integrations or scripts/ and pass the data in`;
  if (file.startsWith('src/') && specifier.startsWith('.')) {
    const target = relative(resolve('.'), resolve(dirname(file), specifier))
      .split(sep)
      .join('/');
    if (target.startsWith('scripts/') || target.startsWith('tests/'))
      return `${file} imports ${target}: the site and its build never import CLI, check or test code; move the shared part into src/lib`;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs|astro|tsx|jsx)$/.test(e.name))
    .map((e) => relative(resolve('.'), join(e.parentPath, e.name)).split(sep).join('/'));
}

describe('code boundaries', () => {
  it('the checker finds each kind of forbidden import', () => {
    const text = `import { x } from 'astro:content';\nimport type { A } from "astro";\nimport fs from 'node:fs';\nimport path from 'path';\nexport { y } from '../../../scripts/checks/base/site.ts';\nconst t = await import('../../../tests/build/main-site.ts');\nimport 'zod';`;
    expect(importSpecifiers(text)).toEqual([
      'astro:content',
      'astro',
      'node:fs',
      'path',
      '../../../scripts/checks/base/site.ts',
      '../../../tests/build/main-site.ts',
      'zod',
    ]);
    const problems = importSpecifiers(text)
      .map((s) => boundaryProblem('src/lib/engine/x.ts', s))
      .filter((p): p is string => p !== null);
    expect(problems).toHaveLength(6);
    expect(boundaryProblem('src/integrations/x.ts', 'node:fs')).toBeNull();
    expect(boundaryProblem('src/integrations/x.ts', '../lib/security/csp.ts')).toBeNull();
    expect(boundaryProblem('src/integrations/x.ts', '../../scripts/checks/rules/csp.ts')).toMatch(
      /imports scripts\/checks\/rules\/csp\.ts/,
    );
    expect(boundaryProblem('src/layouts/Base.astro', '../scripts/theme.js?raw')).toBeNull(); // src/scripts is browser code of the site
  });

  it('src/lib imports neither Astro nor Node APIs, and src/ never imports scripts/ or tests/', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .map((s) => boundaryProblem(file, s))
        .filter((p): p is string => p !== null),
    );
    expect(problems).toEqual([]);
  });

  it('tests/unit mirrors src/lib: each folder there names a folder of src/lib (or a module or folder of src/, such as src/view/)', () => {
    const folders = readdirSync('tests/unit', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    const unmirrored = folders
      .map((e) => e.name)
      .filter((name) => !existsSync(join('src/lib', name)) && !existsSync(join('src', `${name}.ts`)) && !existsSync(join('src', name)));
    expect(unmirrored, 'move these tests to tests/unit/<folder of src/lib>/ (see tests/README.md)').toEqual([]);
  });
});
