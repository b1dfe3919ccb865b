/** The copy of the entity pages and index pages, per entity kind (the route templates src/pages/[kind]/ read it). */
import type { SiteData } from '../data.ts';
import type { Entity, EntityKind } from '../lib/types.ts';

/** The props of an entity page's body (ModelPage, BenchmarkPage, SimpleEntity) and of EntityFacts: the entity and the site data. */
export interface EntityBodyProps {
  entity: Entity;
  data: SiteData;
}

/** What the pages of one entity kind say about themselves. */
export interface EntityPageCopy {
  /** The index page's title and the crumb back to it. */
  plural: string;
  /** The navigation item that is current on these pages (none for kinds without one). */
  nav: string | undefined;
  /** The index page's meta description. */
  indexDescription: string;
  /** The index page's lede after the count, for kinds whose index is the plain list of cards (null otherwise). */
  indexLede: string | null;
  /** An entity page's meta description. */
  describe: (entity: Entity) => string;
}

const aboutIt = (e: Entity): string => `${e.description} What the sources about GPT-5.3-Codex say about ${e.name}.`;

/** The copy of each entity kind's pages. */
export const ENTITY_PAGES: Readonly<Record<EntityKind, EntityPageCopy>> = {
  model: {
    plural: 'Models',
    nav: 'models',
    indexDescription:
      'Every model the sources about GPT-5.3-Codex mention, with its family, vendor and how many of its facts are agreed, disputed or not disclosed by the vendor.',
    indexLede: null,
    describe: (e) => `${e.description} Every figure about ${e.name}, with its source, quote and whether other sources agree.`,
  },
  benchmark: {
    plural: 'Benchmarks',
    nav: 'benchmarks',
    indexDescription:
      "Benchmark scores of GPT-5.3-Codex and the models it is compared with: the vendor's figures, who repeats them, and where sources disagree.",
    indexLede: null,
    describe: (e) => `${e.measures ?? e.description} Every reported score on ${e.name}, by model and source.`,
  },
  organization: {
    plural: 'Organizations',
    nav: undefined,
    indexDescription: 'The companies and projects named by the sources about GPT-5.3-Codex, and what each source says about them.',
    indexLede:
      'companies and projects appear in the sources: the vendor, its partners and competitors, and the publishers of some sources.',
    describe: aboutIt,
  },
  product: {
    plural: 'Products',
    nav: undefined,
    indexDescription:
      'The products, programmes and hardware named by the sources about GPT-5.3-Codex, and what each source says about them.',
    indexLede: 'products, programmes and pieces of hardware appear in the sources around GPT-5.3-Codex.',
    describe: aboutIt,
  },
};
