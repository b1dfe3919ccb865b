/**
 * A clean first install: package-lock.json agrees with package.json (so `npm ci` installs and `npm install`
 * leaves the lock, and `git status`, unchanged), and the versions the README promises are the ones
 * package.json states (engines, and the Node pinned as a dev dependency). The checks are tried on literal
 * out-of-sync inputs first, so they can fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

function parseVersion(text: string): Version | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether a version satisfies a range of the forms package.json uses: ^x.y.z, ~x.y.z, >=x[.y.z], x.y.z. Null for another form. */
function satisfies(version: string, range: string): boolean | null {
  const v = parseVersion(version);
  const m = /^(\^|~|>=)?(\d+)(?:\.(\d+)\.(\d+))?$/.exec(range.trim());
  if (v === null || m === null) return null;
  const [op, major, minor = '0', patch = '0'] = [m[1], m[2], m[3], m[4]];
  const low: Version = [Number(major), Number(minor), Number(patch)];
  if (compare(v, low) < 0) return false;
  if (op === '>=') return true;
  if (op === undefined) return m[3] === undefined ? v[0] === low[0] : compare(v, low) === 0;
  if (op === '~') return v[0] === low[0] && v[1] === low[1];
  // ^: the leftmost non-zero part is fixed.
  if (low[0] > 0) return v[0] === low[0];
  if (low[1] > 0) return v[0] === 0 && v[1] === low[1];
  return compare(v, low) === 0;
}

interface PackageJson {
  devDependencies: Record<string, string>;
  engines?: Record<string, string>;
}
interface PackageLock {
  lockfileVersion: number;
  packages: Record<string, { version?: string; devDependencies?: Record<string, string>; engines?: Record<string, string> }>;
}

/** Where package-lock.json disagrees with package.json, one line each (empty when npm ci would install it as is). */
function lockProblems(pkg: PackageJson, lock: PackageLock): string[] {
  const problems: string[] = [];
  const root = lock.packages[''] ?? {};
  for (const [name, range] of Object.entries(pkg.devDependencies)) {
    const locked = root.devDependencies?.[name];
    if (locked !== range)
      problems.push(
        `${name}: package.json wants "${range}" but the lock's root entry has ${locked === undefined ? 'nothing' : `"${locked}"`}`,
      );
    const installed = lock.packages[`node_modules/${name}`]?.version;
    if (installed === undefined) problems.push(`${name}: not in the lock (node_modules/${name})`);
    else if (satisfies(installed, range) !== true)
      problems.push(`${name}: the lock installs ${installed}, which "${range}" does not allow`);
  }
  for (const name of Object.keys(root.devDependencies ?? {}))
    if (!(name in pkg.devDependencies)) problems.push(`${name}: in the lock's root entry but not in package.json`);
  if (JSON.stringify(root.engines ?? {}) !== JSON.stringify(pkg.engines ?? {}))
    problems.push(`engines: package.json has ${JSON.stringify(pkg.engines ?? {})}, the lock ${JSON.stringify(root.engines ?? {})}`);
  return problems;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as PackageLock;

describe('the range check', () => {
  it('reads ^, ~, >= and exact ranges as npm does', () => {
    expect(satisfies('1.6.3', '~1.6.0')).toBe(true);
    expect(satisfies('1.7.0', '~1.6.0')).toBe(false);
    expect(satisfies('1.7.0', '^1.6.0')).toBe(true);
    expect(satisfies('2.0.0', '^1.6.0')).toBe(false);
    expect(satisfies('0.9.12', '^0.9.10')).toBe(true);
    expect(satisfies('0.10.0', '^0.9.10')).toBe(false);
    expect(satisfies('1.5.9', '^1.6.0')).toBe(false);
    expect(satisfies('24.21.0', '>=20')).toBe(true);
    expect(satisfies('19.9.0', '>=20')).toBe(false);
    expect(satisfies('1.6.0', '1.6.0')).toBe(true);
    expect(satisfies('1.6.0', '1.x')).toBeNull();
  });
});

describe('package-lock.json agrees with package.json', () => {
  it('finds a lock out of sync: another range, a version the range does not allow, a missing or extra package', () => {
    const outOfSync: PackageLock = {
      lockfileVersion: 3,
      packages: {
        '': { devDependencies: { pagefind: '^1.6.0', zod: '^4.6.7', left: '^1.0.0' }, engines: { node: '>=20' } },
        'node_modules/pagefind': { version: '1.7.0' },
        'node_modules/left': { version: '1.0.0' },
      },
    };
    expect(lockProblems({ devDependencies: { pagefind: '~1.6.0', zod: '^4.6.7' }, engines: { node: '>=20' } }, outOfSync)).toEqual([
      'pagefind: package.json wants "~1.6.0" but the lock\'s root entry has "^1.6.0"',
      'pagefind: the lock installs 1.7.0, which "~1.6.0" does not allow',
      'zod: not in the lock (node_modules/zod)',
      "left: in the lock's root entry but not in package.json",
    ]);
  });

  it("every devDependency range is the lock root entry's, and the locked version satisfies it", () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(pkg.devDependencies).length).toBeGreaterThan(0);
    expect(lockProblems(pkg, lock)).toEqual([]);
  });
});

describe('the README states the versions package.json has', () => {
  const readme = readFileSync('README.md', 'utf8');
  const requirements = readme.slice(readme.indexOf('## Requirements'), readme.indexOf('\n## ', readme.indexOf('## Requirements') + 1));

  /** The numbers the README's requirements state: system Node minimum, npm minimum, pinned Node major. */
  function statedVersions(text: string): { node: string | null; npm: string | null; pinned: string | null } {
    return {
      node: /system Node\.js (\d+) or newer/i.exec(text)?.[1] ?? null,
      npm: /npm (\d+) or newer/.exec(text)?.[1] ?? null,
      pinned: /pins Node (\d+) as a dev dependency/.exec(text)?.[1] ?? null,
    };
  }

  it('reads the stated versions, or null when the README does not state them plainly', () => {
    expect(statedVersions('- Node.js 20, 22 or 24 with npm. The project pins Node 24 as a dev dependency')).toEqual({
      node: null,
      npm: null,
      pinned: '24',
    });
  });

  it('system Node and npm minimums are engines of package.json; the pinned Node is the devDependency the lock installs', () => {
    const stated = statedVersions(requirements);
    expect(stated.node, 'README: "system Node.js N or newer"').not.toBeNull();
    expect(`>=${stated.node}`).toBe(pkg.engines?.node);
    expect(`>=${stated.npm}`).toBe(pkg.engines?.npm);
    const pinned = lock.packages['node_modules/node']?.version ?? '';
    expect(pkg.devDependencies.node?.startsWith(`^${stated.pinned}.`)).toBe(true);
    expect(pinned.split('.')[0]).toBe(stated.pinned);
  });
});
