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
  /** How a value reads in text when it is not the value itself ("api" → "API"). */
  valueLabels?: Readonly<Record<string, string>>;
  /** The word that joins the value to a property's label in a title ("on" Terminal-Bench 2.0, "via" API); "at" puts it in brackets. */
  connector?: 'on' | 'vs' | 'via' | 'for' | 'at';
}

const QUALIFIER_LIST: readonly QualifierSpec[] = [
  { key: 'benchmark', label: 'Benchmark', identifying: true, entityKinds: ['benchmark'], connector: 'on' },
  { key: 'comparedTo', label: 'Compared to', identifying: true, entityKinds: ENTITY_KINDS, connector: 'vs' },
  { key: 'effort', label: 'Reasoning effort', identifying: false, values: ['xhigh', 'high', 'medium', 'low', 'minimal'] },
  { key: 'metric', label: 'Metric', identifying: true },
  { key: 'variant', label: 'Variant', identifying: true },
  {
    key: 'channel',
    label: 'Channel',
    identifying: true,
    values: ['app', 'cli', 'ide-extension', 'ide', 'web', 'api', 'chatgpt', 'playground'],
    valueLabels: {
      app: 'Codex app',
      cli: 'CLI',
      'ide-extension': 'IDE extension',
      ide: 'IDE',
      web: 'web',
      api: 'API',
      chatgpt: 'ChatGPT',
      playground: 'Playground',
    },
    connector: 'via',
  },
  { key: 'direction', label: 'Direction', identifying: true, values: ['input', 'output'], connector: 'for' },
  { key: 'language', label: 'Language', identifying: true, connector: 'for' },
  { key: 'stage', label: 'Stage', identifying: true, values: ['training', 'testing', 'serving', 'deployment'], connector: 'at' },
  { key: 'domain', label: 'Domain', identifying: true, connector: 'for' },
  { key: 'trigger', label: 'Trigger', identifying: true, connector: 'at' },
  { key: 'scope', label: 'Scope', identifying: false },
  { key: 'condition', label: 'Condition', identifying: false },
];

/** Every qualifier key by name. */
export const QUALIFIERS: ReadonlyMap<string, QualifierSpec> = new Map(QUALIFIER_LIST.map((q) => [q.key, q]));

/** How a qualifier's value reads in text: its label in the registry ("API"), else the value as written. */
export function qualifierValueLabel(key: string, value: string): string {
  return QUALIFIERS.get(key)?.valueLabels?.[value] ?? value;
}

/** Whether a qualifier key splits comparison groups. Unknown keys count as identifying. */
export function isIdentifyingQualifier(key: string): boolean {
  return QUALIFIERS.get(key)?.identifying ?? true;
}
