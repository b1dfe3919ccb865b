/**
 * Gate helper: run axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA rules) in a Playwright page, in each theme.
 * The a11y browser test and `npm run audit` share it. Preload axe with `context.addInitScript({ path:
 * AXE_PATH })`: init scripts are not subject to the page's CSP, so pages are checked as readers get them.
 * axeViolations falls back to page.addScriptTag, whose inline <script> the site's CSP blocks unless the
 * context was created with `bypassCSP: true`.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { formatProblems, type Problem } from '../base/problem.ts';

/** The axe tags the gate runs: every WCAG 2.x A/AA success criterion axe can test, WCAG 2.2 included. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * The rules in AXE_TAGS whose outcome depends on colours. Switching theme only changes colours (CSS custom
 * properties), so the gate runs every rule in one theme per system preference and these in the others.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** Path of axe.min.js in node_modules. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** How a theme is reached: the system preference (prefers-color-scheme) or the toggle's data-theme attribute. */
export interface ThemeMode {
  name: string;
  colorScheme: 'light' | 'dark';
  /** data-theme on <html>, as the toggle sets it; null leaves it unset (system preference). */
  dataTheme: 'light' | 'dark' | null;
  /** Run every rule of AXE_TAGS (true) or only the COLOUR_RULES (false). */
  allRules: boolean;
}

/** The four ways a reader can see the site: each theme by system preference, and each theme chosen with the toggle against the other system preference. */
export const THEME_MODES: readonly ThemeMode[] = [
  { name: 'light (system)', colorScheme: 'light', dataTheme: null, allRules: true },
  { name: 'dark (system)', colorScheme: 'dark', dataTheme: null, allRules: true },
  { name: 'dark (toggle, system light)', colorScheme: 'light', dataTheme: 'dark', allRules: false },
  { name: 'light (toggle, system dark)', colorScheme: 'dark', dataTheme: 'light', allRules: false },
];

/** One axe violation, reduced to what a fix needs. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Puts the page in a theme mode and waits until no CSS transition or animation is running (axe reads computed colours). */
export async function applyTheme(page: Page, mode: ThemeMode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.colorScheme, reducedMotion: 'reduce' });
  await page.evaluate(async (dataTheme) => {
    const root = document.documentElement;
    if (dataTheme) root.dataset.theme = dataTheme;
    else delete root.dataset.theme;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let i = 0; i < 50 && document.getAnimations().some((a) => a.playState === 'running'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, mode.dataTheme);
}

/**
 * Runs axe on the page as it is now and returns its violations: every rule of AXE_TAGS, or only the
 * COLOUR_RULES with `{ colourOnly: true }`. axe is injected with addScriptTag unless already there (a context
 * can preload it on every page with `context.addInitScript({ path: AXE_PATH })`, which saves ~0.2 s a page).
 */
export async function axeViolations(page: Page, options: { colourOnly?: boolean } = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const runOnly = options.colourOnly ? { type: 'rule', values: [...COLOUR_RULES] } : { type: 'tag', values: [...AXE_TAGS] };
  return page.evaluate(async (only) => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, runOnly);
}

/** Violations found on one page in one theme mode as problems of the "axe" rule, one per element. */
export function axeProblems(page: string, mode: string, violations: readonly AxeViolation[]): Problem[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: 'axe',
      file: `${page} [${mode}]`,
      element: `${n.target}: ${n.html}\n        ${n.summary}`,
      code: v.rule,
      message: `${v.rule} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`,
    })),
  );
}

/** Readable lines for violations found on one page in one theme mode, in the report format of every check. */
export function formatViolations(page: string, mode: string, violations: readonly AxeViolation[], nodesPerRule = 3): string {
  return formatProblems(axeProblems(page, mode, violations), { examples: nodesPerRule });
}
