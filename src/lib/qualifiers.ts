/** The qualifier registry: which qualifier keys a claim may carry and what their values must be. */
import { ENTITY_KINDS } from './kinds.ts';

/** One qualifier key. */
export interface QualifierSpec {
  /** Key as written in content. */
  key: string;
  /** What it means. */
  label: string;
  /** Identifying qualifiers split comparison groups; circumstantial ones (effort, scope, condition) do not. */
  identifying: boolean;
  /** When set, the value must be the id of an entity of one of these kinds. */
  entityKinds?: readonly ('model' | 'benchmark' | 'organization' | 'product')[];
  /** When set, the value must be one of these. */
  values?: readonly string[];
}

const QUALIFIER_LIST: readonly QualifierSpec[] = [
  { key: 'benchmark', label: 'Benchmark', identifying: true, entityKinds: ['benchmark'] },
  { key: 'comparedTo', label: 'Compared to', identifying: true, entityKinds: ENTITY_KINDS },
  { key: 'effort', label: 'Reasoning effort', identifying: false, values: ['xhigh', 'high', 'medium', 'low', 'minimal'] },
  { key: 'metric', label: 'Metric', identifying: true },
  { key: 'variant', label: 'Variant', identifying: true },
  {
    key: 'channel',
    label: 'Channel',
    identifying: true,
    values: ['app', 'cli', 'ide-extension', 'ide', 'web', 'api', 'chatgpt', 'playground'],
  },
  { key: 'direction', label: 'Direction', identifying: true, values: ['input', 'output'] },
  { key: 'language', label: 'Language', identifying: true },
  { key: 'stage', label: 'Stage', identifying: true, values: ['training', 'serving', 'deployment'] },
  { key: 'domain', label: 'Domain', identifying: true },
  { key: 'trigger', label: 'Trigger', identifying: true },
  { key: 'scope', label: 'Scope', identifying: false },
  { key: 'condition', label: 'Condition', identifying: false },
];

/** Every qualifier key by name. */
export const QUALIFIERS: ReadonlyMap<string, QualifierSpec> = new Map(QUALIFIER_LIST.map((q) => [q.key, q]));

/** Whether a qualifier key splits comparison groups. Unknown keys count as identifying. */
export function isIdentifyingQualifier(key: string): boolean {
  return QUALIFIERS.get(key)?.identifying ?? true;
}
