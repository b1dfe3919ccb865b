/**
 * The editor commands (source:add, content:check, claims) given bad input of every kind: a missing file, a
 * folder, a device, a binary, empty, 50 MB or non-UTF-8 file, paths, slugs and symbolic links that lead out
 * of the content folder, an existing slug, and an interrupt while a source is written. Each gets its pinned
 * teaching message and a non-zero exit, and the content tree is byte for byte what it was (hashed before
 * and after). The shared checks are scripts/lib/files.ts. The cases run in-process (tests/build/cli-run.ts);
 * those named in SPAWNED also run as the real process, and the interrupts only so.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-run.ts';
import { cleanTemps, goodCopy, type Run, runScript, tempDir, treeHash } from './editor-helpers.ts';

afterAll(cleanTemps);

const DOC = 'Codex pricing, explained\nGPT-5.3-Codex costs $1.75 per 1M input tokens.\n';
const FIFTY_MB = 50 * 1024 * 1024;

function writeDoc(bytes: Buffer | string, name = 'doc.txt'): string {
  const file = join(tempDir('doc'), name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * How a case is run: in this process (runCli, scripts/lib/cli-io.ts), or as the real `npx tsx scripts/<x>.ts`
 * process (runScript). Most cases run in-process; the cases named in SPAWNED run both ways with the same
 * assertions, so the real process's stdout, stderr and exit code stay covered for each command and each
 * exit code (1 and 2; 130 and SIGKILL are spawned only, since they signal the process itself).
 */
type Runner = 'in-process' | 'spawned';
const SPAWNED = new Set([
  'a missing file',
  'a binary snapshot',
  'content:check takes no file or folder, with exit 2',
  'claims takes no file, with exit 2',
]);
const runnersOf = (name: string): Runner[] => (SPAWNED.has(name) ? ['in-process', 'spawned'] : ['in-process']);
const titled = (title: string, runner: Runner): string => (runner === 'spawned' ? `${title} (spawned process)` : title);

/** Runs a command against `dir` and checks that the content tree did not change. */
async function runUnchanged(
  script: string,
  args: readonly string[],
  dir: string,
  runner: Runner = 'in-process',
  env: Record<string, string> = {},
): Promise<Run> {
  const before = treeHash(dir);
  const run = runner === 'spawned' ? runScript(script, args, dir, env) : await runCli(script, args, dir);
  expect(treeHash(dir)).toBe(before);
  return run;
}

describe('source:add refuses a document it cannot archive, changing nothing', () => {
  const cases: [string, () => string, (doc: string) => string][] = [
    [
      'a missing file',
      () => 'no/such/file.txt',
      (doc) => `${doc}: no such file. Check the path (a relative path starts at the folder npm runs in).`,
    ],
    [
      'a folder',
      () => tempDir('folder'),
      (doc) => `${doc} is a folder, not a file. Give the saved document inside it, such as ${doc}/page.txt.`,
    ],
    [
      'a symbolic link to nothing',
      () => {
        const link = join(tempDir('link'), 'doc.txt');
        symlinkSync('/nonexistent/codex-claims-doc.txt', link);
        return link;
      },
      (doc) => `${doc} is a symbolic link to a file that does not exist. Give the document itself.`,
    ],
    [
      'a device',
      () => '/dev/null',
      (doc) => `${doc} is not a regular file (a device, pipe or socket). Save the document to a file and give that.`,
    ],
    [
      'an empty file',
      () => writeDoc(''),
      (doc) => `${doc} is empty (0 bytes): there is nothing to archive. Save the document's text into the file first.`,
    ],
    ['a whitespace-only file', () => writeDoc(' \r\n\t\n  '), (doc) => `${doc} contains only whitespace: there is nothing to archive.`],
    [
      'a binary file (NUL bytes)',
      () => writeDoc(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a])),
      (doc) =>
        `${doc} is not a text file (NUL byte at offset 6). A snapshot is the document's text saved as UTF-8 (a PDF, a Word file or UTF-16 text must be converted to UTF-8 text first).`,
    ],
    [
      'a file that is not UTF-8 (Latin-1)',
      () => writeDoc(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x4f, 0x4b])),
      (doc) =>
        `${doc} is not valid UTF-8 (first invalid byte at offset 3). Save the document as UTF-8 text (for example: iconv -f latin1 -t utf-8) and run source:add again.`,
    ],
    [
      'a 50 MB file',
      () => writeDoc(Buffer.alloc(FIFTY_MB, 'a')),
      (doc) =>
        `${doc} is 50.0 MB; a snapshot is at most 10.0 MB of text. Save only the document's own text (not a whole site, a PDF or a data dump).`,
    ],
  ];
  const dir = goodCopy();
  for (const [name, make, message] of cases) {
    for (const runner of runnersOf(name))
      it(titled(`${name}, with exit 1`, runner), async () => {
        const doc = make();
        const run = await runUnchanged('source-add', [doc, '--slug', 'never-created'], dir, runner);
        expect(run.stderr).toBe(`source:add: ${message(doc)}\n`);
        expect(run.status).toBe(1);
      });
  }
});

describe('source:add never writes outside content/sources/ or over anything', () => {
  it('refuses slugs that climb out or are absolute paths, with exit 2', async () => {
    const dir = goodCopy();
    const doc = writeDoc(DOC);
    for (const slug of ['../x', '/tmp/x', 'sources/../../x']) {
      const run = await runUnchanged('source-add', [doc, '--slug', slug], dir);
      expect(run.stderr).toMatch(
        new RegExp(
          `^source:add: Bad slug "${slug.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": use lower-case letters, digits and single hyphens`,
        ),
      );
      expect(run.status).toBe(2);
    }
  });

  it('refuses a drafting vocabulary that is not valid, naming the file and field, and writes nothing', async () => {
    const dir = goodCopy();
    writeFileSync(join(dir, 'referring-terms.yaml'), 'phrases:\n  - phrase: the model\n    kinds: [person]\n');
    const run = await runUnchanged('source-add', [writeDoc(DOC), '--slug', 'vocabulary-check'], dir);
    expect(run.stderr).toBe(
      'source:add: content/referring-terms.yaml field "phrases.0.kinds.0": one of model, benchmark, organization, product. Fix the vocabulary; nothing was written.\n',
    );
    expect(run.status).toBe(1);
  });

  it('refuses an existing slug, leaving it untouched', async () => {
    const dir = goodCopy();
    const run = await runUnchanged('source-add', [writeDoc(DOC), '--slug', 'openai-launch-post'], dir);
    expect(run.stderr).toBe(
      'source:add: content/sources/openai-launch-post/ already exists; refusing to overwrite it. Choose another --slug, or delete that folder first if it is yours to replace.\n',
    );
    expect(run.status).toBe(1);
  });

  it('refuses to write through a symbolic link at the slug, dangling or leading out of content/', async () => {
    const dir = goodCopy();
    const outside = tempDir('outside');
    symlinkSync('/nonexistent/codex-claims-target', join(dir, 'sources/dangling'));
    symlinkSync(outside, join(dir, 'sources/leads-out'));
    for (const slug of ['dangling', 'leads-out']) {
      const run = await runUnchanged('source-add', [writeDoc(DOC), '--slug', slug], dir);
      expect(run.stderr).toBe(
        `source:add: content/sources/${slug} is a symbolic link; refusing to write through it. Choose another --slug, or delete the link if it is yours to replace.\n`,
      );
      expect(run.status).toBe(1);
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a content/sources that is a symbolic link out of the content folder', async () => {
    const dir = goodCopy();
    const outside = tempDir('outside');
    rmSync(join(dir, 'sources'), { recursive: true });
    symlinkSync(outside, join(dir, 'sources'));
    const run = await runUnchanged('source-add', [writeDoc(DOC)], dir);
    expect(run.stderr).toBe(
      `source:add: content/sources is not a folder inside content/ (it leads to ${outside}); refusing to write there. Make content/sources a real folder.\n`,
    );
    expect(run.status).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('source:add interrupted while writing leaves no partly written source', () => {
  it('on Ctrl-C (SIGINT) after the first file, removes what it staged and exits 130', async () => {
    const dir = goodCopy();
    const run = await runUnchanged('source-add', [writeDoc(DOC)], dir, 'spawned', { CODEX_CLAIMS_TEST_INTERRUPT: 'SIGINT' });
    expect(run.stderr).toBe(
      'source:add: interrupted (SIGINT) while writing content/sources/codex-pricing-explained/; nothing was kept. Run the same command again.\n',
    );
    expect(run.stdout).toBe('');
    expect(run.status).toBe(130);
  });

  it('killed outright (SIGKILL), leaves only its staging folder, which content:check names with the fix', () => {
    const dir = goodCopy();
    const before = treeHash(dir);
    const sources = readdirSync(join(dir, 'sources')).sort();
    const run = runScript('source-add', [writeDoc(DOC)], dir, { CODEX_CLAIMS_TEST_INTERRUPT: 'SIGKILL' });
    expect([null, 137]).toContain(run.status); // killed (137 when tsx relays the signal as an exit code)
    expect(readdirSync(join(dir, 'sources')).sort()).toEqual(sources);
    const staged = readdirSync(dir).filter((name) => name.startsWith('.source-add-'));
    expect(staged).toHaveLength(1);
    const check = runScript('content-check', [], dir);
    expect(check.stderr).toBe(
      [
        'Content has 1 file problem:',
        `  - content/${staged[0]}/: left over from an interrupted source:add; nothing in it is content. Fix: delete it (rm -r content/${staged[0]}) and run source:add again.`,
        '',
        'content:check failed: 1 file problem(s); the content was not read.',
        'Fix them (each line says where and how), then run npm run content:check again.',
        '',
      ].join('\n'),
    );
    expect(check.status).toBe(1);
    rmSync(join(dir, staged[0] as string), { recursive: true });
    expect(treeHash(dir)).toBe(before);
  });
});

/** Breaks a fresh copy of the good fixture; returns the content folder and the problem line both commands print. */
const SNAPSHOT = 'sources/openai-launch-post/snapshot.txt';
const treeCases: [string, (dir: string) => string, (dir: string) => string][] = [
  [
    'a missing content folder',
    (dir) => {
      rmSync(dir, { recursive: true });
      return dir;
    },
    () => 'content/: does not exist. Fix: run from the repository root (or set CODEX_CLAIMS_CONTENT to a content folder).',
  ],
  [
    'a folder where a snapshot should be',
    (dir) => {
      rmSync(join(dir, SNAPSHOT));
      mkdirSync(join(dir, SNAPSHOT));
      return dir;
    },
    () =>
      `content/${SNAPSHOT}: is a folder where a file is expected. Fix: move what is inside it elsewhere and put the file snapshot.txt here.`,
  ],
  [
    'a binary snapshot',
    (dir) => {
      writeFileSync(join(dir, SNAPSHOT), Buffer.from('PK\x03\x04\x00\x00'));
      return dir;
    },
    () =>
      `content/${SNAPSHOT}: is not a text file (NUL byte at offset 4). Fix: content files are UTF-8 text; restore the file (git checkout -- content/${SNAPSHOT}).`,
  ],
  [
    'an empty snapshot',
    (dir) => {
      writeFileSync(join(dir, SNAPSHOT), '');
      return dir;
    },
    () =>
      `content/${SNAPSHOT}: is empty (0 bytes); a snapshot is the archived text of its source. Fix: restore it byte for byte (git checkout -- content/${SNAPSHOT}), or add the source again with npm run source:add.`,
  ],
  [
    'a 50 MB snapshot',
    (dir) => {
      writeFileSync(join(dir, SNAPSHOT), Buffer.alloc(FIFTY_MB, 'a'));
      return dir;
    },
    () =>
      `content/${SNAPSHOT}: is 50.0 MB; a content file is at most 10.0 MB. Fix: restore the file (git checkout -- content/${SNAPSHOT}), or keep only the document's own text.`,
  ],
  [
    'a property file that is not UTF-8',
    (dir) => {
      writeFileSync(join(dir, 'properties/latin.yaml'), Buffer.from('id: latin\nname: Caf\xe9\n', 'latin1'));
      return dir;
    },
    () =>
      'content/properties/latin.yaml: is not valid UTF-8 (first invalid byte at offset 19). Fix: save it as UTF-8 (for example: iconv -f latin1 -t utf-8), or restore it (git checkout -- content/properties/latin.yaml).',
  ],
  [
    'a snapshot that is a symbolic link out of the content folder',
    (dir) => {
      const outside = writeDoc(DOC, 'elsewhere.txt');
      rmSync(join(dir, SNAPSHOT));
      symlinkSync(outside, join(dir, SNAPSHOT));
      return outside;
    },
    (outside) =>
      `content/${SNAPSHOT}: is a symbolic link that leads outside content/ (to ${outside}). Fix: content is files inside content/; replace the link with a copy of the file.`,
  ],
  [
    'a symbolic link to nothing',
    (dir) => {
      symlinkSync('/nonexistent/codex-claims-model.mdx', join(dir, 'models/ghost.mdx'));
      return dir;
    },
    () => 'content/models/ghost.mdx: is a symbolic link to nothing. Fix: delete the link, or replace it with the file itself.',
  ],
];

describe('content:check and claims refuse a content tree they cannot read, changing nothing', () => {
  for (const [name, breakIt, problem] of treeCases)
    for (const runner of runnersOf(name)) {
      it(titled(`${name}: content:check exits 1 with the file problem`, runner), async () => {
        const dir = goodCopy();
        const detail = breakIt(dir);
        const run = await runUnchanged('content-check', [], dir, runner);
        expect(run.stderr).toBe(
          [
            'Content has 1 file problem:',
            `  - ${problem(detail)}`,
            '',
            'content:check failed: 1 file problem(s); the content was not read.',
            'Fix them (each line says where and how), then run npm run content:check again.',
            '',
          ].join('\n'),
        );
        expect(run.stdout).toBe('');
        expect(run.status).toBe(1);
      });

      it(titled(`${name}: claims exits 1 with the file problem`, runner), async () => {
        const dir = goodCopy();
        const detail = breakIt(dir);
        const run = await runUnchanged('claims', ['--findings'], dir, runner);
        expect(run.stderr).toBe(
          `claims: Content has 1 file problem:\n  - ${problem(detail)}\nNothing can be listed until they are fixed; npm run content:check checks again.\n`,
        );
        expect(run.stdout).toBe('');
        expect(run.status).toBe(1);
      });
    }
});

describe('content:check and claims refuse paths given as arguments', () => {
  const dir = goodCopy();
  for (const runner of runnersOf('content:check takes no file or folder, with exit 2'))
    it(titled('content:check takes no file or folder, with exit 2', runner), async () => {
      const run = await runUnchanged('content-check', ['content/sources/x/index.mdx', '../'], dir, runner);
      expect(run.stderr).toBe(
        'content:check: it checks the whole content folder and takes no arguments (got "content/sources/x/index.mdx" "../"). To check another content folder: CODEX_CLAIMS_CONTENT=<folder> npm run content:check\n',
      );
      expect(run.status).toBe(2);
    });

  for (const runner of runnersOf('claims takes no file, with exit 2'))
    it(
      titled('claims takes no file, and a --source that climbs out or is absolute is an unknown source, with exit 2', runner),
      async () => {
        const file = await runUnchanged('claims', ['/etc/passwd'], dir, runner);
        expect(file.stderr).toMatch(
          /^claims: Unexpected argument '\/etc\/passwd'\. This command does not take positional arguments\nUsage: /,
        );
        expect(file.status).toBe(2);
        const cases: [string, string][] = [
          ['../openai-launch-post', 'Did you mean "openai-launch-post"?'],
          ['/etc/passwd', 'Known: dev-blog-week-with-codex, openai-launch-post.'],
        ];
        for (const [source, hint] of cases) {
          const run = await runUnchanged('claims', ['--source', source], dir, runner);
          expect(run.stderr).toBe(`claims: Unknown source "${source}". ${hint}\n`);
          expect(run.status).toBe(2);
        }
      },
    );
});
