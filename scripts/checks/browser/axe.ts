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
 * The rules in AXE_TAGS whose outcome depends on colours. A theme changes nothing but colours (the one
 * stylesheet's light-dark() values follow color-scheme, which the toggle's data-theme sets; themeDependentRules
 * proves it on each page checked), and a page is checked in every mode without reloading, so its DOM is the
 * same in all four: the gate runs every rule in the first mode and these in the other three.
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
  { name: 'dark (system)', colorScheme: 'dark', dataTheme: null, allRules: false },
  { name: 'dark (toggle, system light)', colorScheme: 'light', dataTheme: 'dark', allRules: false },
  { name: 'light (toggle, system dark)', colorScheme: 'dark', dataTheme: 'light', allRules: false },
];

/**
 * The style rules of the page's stylesheets through which a theme could change more than colours: any rule
 * under a prefers-color-scheme media query, and any declaration other than color-scheme in a rule whose
 * selector names data-theme. Empty when only colours follow the theme, which is what lets the colour rules
 * stand for the whole of axe in every mode but the first (COLOUR_RULES). Read from the browser's own CSSOM.
 */
export async function themeDependentRules(page: Page): Promise<string[]> {
  // A string, not a function: tsx (esbuild keepNames) would wrap named inner functions in a __name helper.
  return page.evaluate(`(() => {
    const found = [];
    const walk = (rules, where) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule && /prefers-color-scheme/.test(rule.conditionText))
          found.push(where + ': @media ' + rule.conditionText + ' { ' + rule.cssRules.length + ' rules }');
        else if (rule instanceof CSSStyleRule && /data-theme/.test(rule.selectorText)) {
          for (const name of rule.style) if (name !== 'color-scheme') found.push(where + ': ' + rule.selectorText + ' { ' + name + ' }');
        }
        if (rule.cssRules) walk(rule.cssRules, where);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, sheet.href || 'inline <style>');
    for (const sheet of document.adoptedStyleSheets) walk(sheet.cssRules, 'adopted stylesheet');
    return found;
  })()`);
}

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
    // getAnimations() flushes pending style changes first, so a transition the change starts is already listed.
    for (let i = 0; i < 50 && document.getAnimations().some((a) => a.playState === 'running'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, mode.dataTheme);
}

/**
 * Every computed property through which an element's colours reach the screen (COLOUR_RULES read nothing
 * else: the layout is the theme's no matter which, see themeDependentRules).
 */
const COLOUR_PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'text-decoration-color',
  'text-decoration-line',
  'text-shadow',
  'box-shadow',
  'opacity',
  'filter',
  'mix-blend-mode',
  'visibility',
  'fill',
  'stroke',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-color',
];

/**
 * A sha256 of the colours of every element and its ::before and ::after, as the page renders them now. Two
 * theme modes with the same fingerprint render the same colours on the same layout, so axe's COLOUR_RULES
 * give the same result in both (the every-page gate runs them once for the two).
 */
export async function colourFingerprint(page: Page): Promise<string> {
  return page.evaluate(async (properties) => {
    const parts: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo !== null && style.content === 'none') continue;
        parts.push(properties.map((p) => style.getPropertyValue(p)).join('|'));
      }
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, COLOUR_PROPERTIES);
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
