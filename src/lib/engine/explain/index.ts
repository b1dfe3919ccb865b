/**
 * The explain layer: the one place where the engine writes English. Each rule's structured finding
 * (rules/rule.ts) becomes a summary sentence naming sources, entities and values, the arithmetic
 * lines, and a short verdict label.
 */
import type { Context } from '../context.ts';
import type { FindingFacts } from '../rules/rule.ts';
import { explainAttribution } from './attribution.ts';
import { explainOverstated } from './comparative.ts';
import { explainDisagreement } from './disagreement.ts';
import { explainMisattribution } from './misattribution.ts';
import { explainPresupposition, explainScopeChange } from './presupposition.ts';
import { explainReconciled } from './reconciled.ts';
import { explainUnsupported } from './unsupported.ts';

/** A finding's sentences. */
export interface Explanation {
  /** One plain-language sentence naming sources, models and numbers. */
  summary: string;
  /** The comparison steps, one per line. */
  arithmetic: string[];
  /** Short label, e.g. "contradicts the vendor". */
  verdict: string;
}

/** What writes the sentences of a finding of kind K. */
type Explainer<K extends FindingFacts['kind']> = (ctx: Context, facts: Extract<FindingFacts, { kind: K }>) => Explanation;

/** The explainer of each kind of finding. */
const EXPLAINERS: { [K in FindingFacts['kind']]: Explainer<K> } = {
  conflict: explainDisagreement,
  contradiction: explainDisagreement,
  differs: explainDisagreement,
  misattribution: explainMisattribution,
  overstated: explainOverstated,
  reconciled: explainReconciled,
  unsupported: explainUnsupported,
  presupposition: explainPresupposition,
  'scope-change': explainScopeChange,
  'unconfirmed-attribution': explainAttribution,
};

/** Writes the sentences of one finding. */
export function explainFinding(ctx: Context, facts: FindingFacts): Explanation {
  return (EXPLAINERS[facts.kind] as Explainer<FindingFacts['kind']>)(ctx, facts);
}
