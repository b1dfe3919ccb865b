/**
 * content/reporting-verbs.yaml: the verbs by which a sentence reports what a party states ("OpenAI reports that …",
 * "Engineers reported …", "OpenAI puts the score at 77%"). The drafter (src/lib/editor/subjects.ts) reads them to
 * attribute a statement to its party and to take a figure's subject from the reported clause, not the reporter.
 * Domain knowledge, so it lives in content/.
 */
import { z } from 'zod';

export const reportingVerbsSchema = z.strictObject({
  /** Each form as written ("reports", "reported", "puts"), matched as a whole word, as written (lower case). */
  verbs: z.array(z.string().regex(/^[\p{L}-]+$/u, 'a verb form is one word (letters and hyphens)')).default([]),
});

/** The reporting verbs as read. */
export type ReportingVerbs = z.output<typeof reportingVerbsSchema>;
