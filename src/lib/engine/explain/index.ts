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

/** Writes the sentences of one finding. */
export function explainFinding(ctx: Context, facts: FindingFacts): Explanation {
  switch (facts.kind) {
    case 'conflict':
    case 'contradiction':
    case 'differs':
      return explainDisagreement(ctx, facts);
    case 'misattribution':
      return explainMisattribution(ctx, facts);
    case 'overstated':
      return explainOverstated(ctx, facts);
    case 'reconciled':
      return explainReconciled(ctx, facts);
    case 'unsupported':
      return explainUnsupported(ctx, facts);
    case 'presupposition':
      return explainPresupposition(ctx, facts);
    case 'scope-change':
      return explainScopeChange(ctx, facts);
    case 'unconfirmed-attribution':
      return explainAttribution(ctx, facts);
  }
}
