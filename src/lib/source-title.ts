/**
 * How the site writes a source's title as plain text. A document that states no title of its own
 * (`titled: false`) is named by the site's description of it, marked "(untitled)", so that no page,
 * feed, sentence or search record presents the site's words as the document's title.
 */
import type { Source } from './types.ts';

/** A source's title as text: its own title, or the site's description of an untitled document followed by "(untitled)". */
export function sourceTitleText(source: Pick<Source, 'title' | 'titled'>, title: string = source.title): string {
  return source.titled ? title : `${title} (untitled)`;
}
