/**
 * Best bet: when a query is exactly the name of a model, benchmark, organization or product (however it is
 * spelled), that entity's page goes first. Pagefind scores "gpt 5.2" about the same on GPT-5.2's page and
 * on GPT-5.2-Codex's, which carries the same words and mentions GPT-5.2 more often.
 * The build writes a table from every exact-name query to the Pagefind result id of the entity's page
 * (bestBets in pagefind/search-hints.json, see src/integrations/pagefind.ts); the search page moves that result first,
 * without loading any result data. Pure.
 */
import { nameVariants, normalizeQuery } from './normalize.ts';

/** The queries that name an entity exactly: its name, aliases and name variants, spelled as queries. */
export function exactNameQueries(entity: { name: string; aliases: readonly string[] }): string[] {
  const all = [entity.name, ...entity.aliases, ...nameVariants(entity.name, entity.aliases)].map(normalizeQuery);
  return [...new Set(all.filter((q) => q !== ''))].sort();
}

/**
 * The best-bet table: exact-name query → result id of the entity's page (`ids` maps page URLs to Pagefind
 * result ids). A query naming two entities (a shared alias) is left out: it has no single best bet.
 */
export function bestBetTable(
  entities: readonly { name: string; aliases: readonly string[]; url: string }[],
  ids: ReadonlyMap<string, string>,
): Record<string, string> {
  const table = new Map<string, string | null>();
  for (const entity of entities) {
    const id = ids.get(entity.url);
    if (id === undefined) continue;
    for (const q of exactNameQueries(entity)) table.set(q, table.has(q) && table.get(q) !== id ? null : id);
  }
  return Object.fromEntries([...table].filter((e): e is [string, string] => e[1] !== null).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Moves the best bet for a (normalized) query to the front of Pagefind's results, in place. */
export function promoteBestBet<T extends { id: string }>(results: T[], query: string, table: Readonly<Record<string, string>>): void {
  const id = Object.hasOwn(table, query) ? table[query] : undefined;
  if (id === undefined) return;
  const at = results.findIndex((r) => r.id === id);
  if (at > 0) results.unshift(...results.splice(at, 1));
}
