/** The Data Package: the descriptor against the published 2.0 profile, CSV files against their Table Schema. */
import { describe, expect, it } from 'vitest';
import { type TableSchema, tableSchema } from '../../../src/lib/export/datapackage.ts';
import { toCsv } from '../../../src/lib/export.ts';
import { loadSite } from '../../../src/site/pipeline.ts';
import { dataPackageDescriptor, TABLES } from '../../../src/view/exports.ts';
import { dataPackageProblems, tableSchemaProblems } from './frictionless.ts';
import { parseCsv, tableProblems } from './table-schema.ts';

const site = loadSite('content');
const descriptor = dataPackageDescriptor(site, new URL('https://claims.example/'), '1.2.3', '2026-02-10') as {
  resources: { name: string; schema?: TableSchema }[];
};

describe('the Data Package descriptor', () => {
  it('is valid against the Data Package 2.0 profile, and every Table Schema against the Table Schema 2.0 profile', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
    const schemas = descriptor.resources.flatMap((r) => (r.schema ? [r.schema] : []));
    expect(schemas.map((s) => s.fields.length)).toEqual(TABLES.map((t) => t.columns.length));
    for (const s of schemas) expect(tableSchemaProblems(s)).toEqual([]);
  });

  it('the profile rejects a descriptor without resources, and a field of an unknown type', () => {
    expect(dataPackageProblems({ name: 'x' }).join('\n')).toMatch(/resources/);
    expect(tableSchemaProblems({ fields: [{ name: 'a', type: 'decimal' }] })).not.toEqual([]);
  });

  it('names the column when a CSV column is not a field of the JSON Schema', () => {
    expect(() => tableSchema({ ...(TABLES[0] as (typeof TABLES)[0]), columns: ['id', 'colour'] })).toThrow(
      'sources.csv: column "colour" is not a field of sources.schema.json; add it to the row schema or drop the column',
    );
  });

  it('types claims columns: number, integer tier, enum verdict, absolute URL', () => {
    const claims = descriptor.resources.find((r) => r.name === 'claims')?.schema;
    const type = (name: string) => claims?.fields.find((f) => f.name === name);
    expect(type('number')?.type).toBe('number');
    expect(type('tier')).toMatchObject({ type: 'integer', constraints: { required: true, enum: [1, 2, 3, 4] } });
    expect(type('verdict')?.constraints?.enum).toContain('misattributed');
    expect(type('url')).toMatchObject({ type: 'string', format: 'uri' });
    expect(claims?.foreignKeys).toContainEqual({ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } });
  });
});

const schema = (fields: TableSchema['fields'], extra: Partial<TableSchema> = {}): TableSchema => ({
  $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  fields,
  missingValues: [''],
  primaryKey: ['id'],
  ...extra,
});
const parent = {
  csv: 'id,n\r\na,1\r\nb,2\r\n',
  schema: schema([
    { name: 'id', type: 'string', description: '' },
    { name: 'n', type: 'integer', description: '' },
  ]),
};
const child = (csv: string) => ({
  parent,
  child: {
    csv,
    schema: schema(
      [
        { name: 'id', type: 'string', description: '', constraints: { required: true } },
        { name: 'p', type: 'string', description: '' },
        { name: 'x', type: 'number', description: '' },
        { name: 'ok', type: 'boolean', description: '' },
        { name: 'u', type: 'string', format: 'uri', description: '' },
        { name: 'k', type: 'string', description: '', constraints: { enum: ['a', 'b'], pattern: '[ab]' } },
      ],
      { foreignKeys: [{ fields: ['p'], reference: { resource: 'parent', fields: ['id'] } }] },
    ),
  },
});

describe('the Table Schema checker', () => {
  it('parses quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","1\n2"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]);
    expect(parseCsv(toCsv([{ a: 'x, "y"', b: null }], ['a', 'b']))).toEqual([
      ['a', 'b'],
      ['x, "y"', ''],
    ]);
  });

  it('accepts a valid file, empty cells as missing values', () => {
    expect(tableProblems(child('id,p,x,ok,u,k\r\nr1,a,1.5,true,https://x.example/,a\r\nr2,,,,,\r\n'))).toEqual([]);
  });

  it.each([
    ['id,p,x,ok,u\r\nr1,a,1,true,https://x.example/\r\n', 'child header: expected id,p,x,ok,u,k, got id,p,x,ok,u'],
    ['id,p,x,ok,u,k\r\n,a,1,true,https://x.example/,a\r\n', 'child row 2 id: required, but missing'],
    ['id,p,x,ok,u,k\r\nr1,a,1.5.2,true,https://x.example/,a\r\n', 'child row 2 x: "1.5.2" is not a number'],
    ['id,p,x,ok,u,k\r\nr1,a,1,yes,https://x.example/,a\r\n', 'child row 2 ok: "yes" is not a boolean'],
    ['id,p,x,ok,u,k\r\nr1,a,1,true,/relative/,a\r\n', 'child row 2 u: "/relative/" is not an absolute URI'],
    ['id,p,x,ok,u,k\r\nr1,a,1,true,https://x.example/,c\r\n', 'child row 2 k: "c" is not one of a, b'],
    [
      'id,p,x,ok,u,k\r\nr1,a,1,true,https://x.example/,a\r\nr1,b,2,false,https://x.example/,b\r\n',
      'child row 3: primary key ["r1"] is not unique',
    ],
    ['id,p,x,ok,u,k\r\nr1,z,1,true,https://x.example/,a\r\n', 'child row 2 p: z is not a parent.id'],
  ])('rejects %j', (csv, problem) => {
    expect(tableProblems(child(csv))).toContain(problem);
  });

  it('rejects a cell that is not an integer, and a pattern that matches only part of a cell', () => {
    expect(tableProblems({ parent: { ...parent, csv: 'id,n\r\na,1.5\r\n' } })).toEqual(['parent row 2 n: "1.5" is not an integer']);
    const t = child('id,p,x,ok,u,k\r\nr1,a,1,true,https://x.example/,a\r\n');
    t.child.schema.fields[5] = { name: 'k', type: 'string', description: '', constraints: { pattern: 'a' } };
    expect(tableProblems({ ...t, child: { ...t.child, csv: 'id,p,x,ok,u,k\r\nr1,a,1,true,https://x.example/,ab\r\n' } })).toEqual([
      'child row 2 k: "ab" does not match a',
    ]);
  });
});
