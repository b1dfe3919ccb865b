/**
 * A checker of CSV files against their Table Schema (Frictionless Table Schema v2,
 * https://datapackage.org/standard/table-schema/): header, missing values, field types (string with format
 * uri, number, integer, boolean with the default true/false values), constraints (required, unique, enum,
 * pattern, anchored as the standard says), the primary key, and foreign keys between resources. No
 * maintained npm package validates CSV against Table Schema v2, so the rules used here are the standard's,
 * written out; `tests/unit/export/datapackage.test.ts` shows each one failing on a faulty file.
 */
import type { TableField, TableSchema } from '../../../src/lib/export/datapackage.ts';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF records). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/;
const INTEGER = /^[+-]?\d+$/;
const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];

/** The typed value of a cell, or an error message. */
function cast(field: TableField, cell: string): { value: unknown } | { error: string } {
  switch (field.type) {
    case 'integer':
      return INTEGER.test(cell) ? { value: Number(cell) } : { error: `"${cell}" is not an integer` };
    case 'number':
      return NUMBER.test(cell) ? { value: Number(cell) } : { error: `"${cell}" is not a number` };
    case 'boolean':
      return TRUE.includes(cell) ? { value: true } : FALSE.includes(cell) ? { value: false } : { error: `"${cell}" is not a boolean` };
    default:
      if (field.format === 'uri' && !URL.canParse(cell)) return { error: `"${cell}" is not an absolute URI` };
      return { value: cell };
  }
}

/** A CSV file and its schema, by resource name. */
export type Tables = Record<string, { csv: string; schema: TableSchema }>;

/** Every problem of every table, as "resource row N field: what" lines (empty when all are valid). */
export function tableProblems(tables: Tables): string[] {
  const problems: string[] = [];
  const typed: Record<string, Record<string, unknown>[]> = {};
  for (const [name, { csv, schema }] of Object.entries(tables)) {
    const [header = [], ...rows] = parseCsv(csv);
    const names = schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(',')) problems.push(`${name} header: expected ${names.join(',')}, got ${header.join(',')}`);
    const seen = new Map<string, Set<unknown>>();
    typed[name] = rows.map((cells, r) => {
      const at = `${name} row ${r + 2}`;
      if (cells.length !== names.length) problems.push(`${at}: ${cells.length} cells for ${names.length} fields`);
      const record: Record<string, unknown> = {};
      schema.fields.forEach((field, i) => {
        const cell = cells[i] ?? '';
        const c = field.constraints ?? {};
        if (schema.missingValues.includes(cell)) {
          record[field.name] = null;
          if (c.required) problems.push(`${at} ${field.name}: required, but missing`);
          return;
        }
        const result = cast(field, cell);
        if ('error' in result) {
          problems.push(`${at} ${field.name}: ${result.error}`);
          return;
        }
        record[field.name] = result.value;
        if (c.enum && !c.enum.includes(result.value)) problems.push(`${at} ${field.name}: "${cell}" is not one of ${c.enum.join(', ')}`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell))
          problems.push(`${at} ${field.name}: "${cell}" does not match ${c.pattern}`);
        if (c.unique) {
          const set = seen.get(field.name) ?? new Set();
          if (set.has(result.value)) problems.push(`${at} ${field.name}: "${cell}" is not unique`);
          seen.set(field.name, set.add(result.value));
        }
      });
      return record;
    });
    const keys = new Set<string>();
    for (const [r, record] of (typed[name] ?? []).entries()) {
      const key = JSON.stringify(schema.primaryKey.map((k) => record[k]));
      if (schema.primaryKey.some((k) => record[k] === null))
        problems.push(`${name} row ${r + 2}: primary key ${schema.primaryKey.join(',')} is missing`);
      else if (keys.has(key)) problems.push(`${name} row ${r + 2}: primary key ${key} is not unique`);
      keys.add(key);
    }
  }
  for (const [name, { schema }] of Object.entries(tables)) {
    for (const fk of schema.foreignKeys ?? []) {
      const target = fk.reference.resource ?? name;
      const values = new Set((typed[target] ?? []).map((t) => JSON.stringify(fk.reference.fields.map((f) => t[f]))));
      for (const [r, record] of (typed[name] ?? []).entries()) {
        const own = fk.fields.map((f) => record[f]);
        if (own.every((v) => v === null)) continue;
        if (!values.has(JSON.stringify(own)))
          problems.push(
            `${name} row ${r + 2} ${fk.fields.join(',')}: ${own.join(',')} is not a ${target}.${fk.reference.fields.join(',')}`,
          );
      }
    }
  }
  return problems;
}
