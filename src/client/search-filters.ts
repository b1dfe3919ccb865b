/**
 * The search page's filter pane: one collapsible group per filter key, in FILTER_KEYS order, each a
 * fieldset of checkboxes with a legend, one per value, with its count. A checkbox is named by its value and
 * count as a screen reader reads it ("Finding (53 results)"). Values are listed by their count over the
 * whole site, most first, and keep that order while counts change, so a box never moves under the pointer.
 * Loaded by src/client/search-page.ts.
 */
import { FILTER_KEYS } from '../lib/search/state.ts';
import { el } from './dom.ts';
import type { FilterCounts } from './search-answer.ts';

/** The checked values, filter key → values (in the order they were checked). */
export type Filters = Record<string, string[]>;

interface Box {
  key: string;
  value: string;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  count: HTMLElement;
  unit: HTMLElement;
}

/** The groups' keys: FILTER_KEYS first, in their order, then any other key alphabetically. */
function orderedKeys(keys: readonly string[]): string[] {
  const rank = (key: string): number => {
    const at = (FILTER_KEYS as readonly string[]).indexOf(key);
    return at === -1 ? FILTER_KEYS.length : at;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The hidden end of a checkbox's name: "Finding (53 results)" (the opening " (" precedes the count). */
const resultsWord = (n: number): string => (n === 1 ? ' result)' : ' results)');

/** "finding kind" → "Finding kind". */
const groupName = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** The filter pane; `onChange` receives the checked values each time a box is checked or unchecked. */
export class FilterPane {
  #boxes: Box[] = [];
  #groups = new Map<string, { group: HTMLDetailsElement; selected: HTMLElement }>();
  #checked: Filters = {};
  readonly onChange: (filters: Filters) => void;

  readonly #container: HTMLElement;
  /** Called once, when a group is first opened while the pane has no counts yet (see `fill`). */
  readonly #onFirstOpen: (() => void) | null;
  #filled = false;

  /**
   * Builds the groups in `container` from `everything` (Pagefind's filters(): every key and value with its count
   * over the site). Every group starts closed. With `everything` null the pane starts as groups of FILTER_KEYS
   * without values, and the first group opened calls `onFirstOpen`, which loads the counts and calls `fill`:
   * so a visit that never opens the pane never loads Pagefind's filter index.
   */
  constructor(
    container: HTMLElement,
    everything: FilterCounts | null,
    onChange: (filters: Filters) => void,
    onFirstOpen: (() => void) | null = null,
  ) {
    this.onChange = onChange;
    this.#container = container;
    this.#onFirstOpen = onFirstOpen;
    container.replaceChildren();
    if (everything) this.fill(everything);
    else for (const key of FILTER_KEYS) this.#group(key);
  }

  /**
   * Gives the groups their values from the site-wide counts. Groups already shown (the shells of a pane built
   * without counts) are filled in place, so the one the reader just opened keeps its focus; a shell whose key
   * has no values is removed, and a key without a shell gets a group of its own.
   */
  fill(everything: FilterCounts): void {
    this.#filled = true;
    for (const key of orderedKeys(Object.keys(everything))) {
      const values = Object.entries(everything[key] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const shell = this.#groups.get(key);
      if (values.length === 0) {
        shell?.group.remove();
        this.#groups.delete(key);
        continue;
      }
      const group = shell?.group ?? this.#group(key);
      const options = group.querySelector('.filter-options') as HTMLElement;
      options.replaceChildren(...values.map(([value, total]) => this.#box(key, value, total)));
    }
    for (const [key, { group }] of this.#groups)
      if (!Object.hasOwn(everything, key)) {
        group.remove();
        this.#groups.delete(key);
      }
    this.#showChecked();
  }

  /** An empty, closed group for `key` (its title, and a fieldset for its values), added at the end of the pane. */
  #group(key: string): HTMLDetailsElement {
    const name = groupName(key);
    const selected = el('span', 'filter-group-selected');
    selected.hidden = true;
    const group = el('details', 'filter-group', el('summary', 'filter-group-title', el('span', 'filter-group-name', name), selected));
    group.dataset.filterName = key;
    group.addEventListener('toggle', () => {
      if (group.open && !this.#filled) {
        this.#filled = true;
        this.#onFirstOpen?.();
      }
    });
    group.append(el('fieldset', 'filter-fieldset', el('legend', 'visually-hidden', name), el('div', 'filter-options')));
    this.#groups.set(key, { group, selected });
    this.#container.append(group);
    return group;
  }

  #box(key: string, value: string, total: number): HTMLLabelElement {
    const input = el('input', 'filter-checkbox');
    input.type = 'checkbox';
    input.name = key;
    input.value = value;
    // Hidden words make the name "Finding (53 results)"; seen, it is "Finding 53".
    const count = el('span', 'filter-count', String(total));
    const unit = el('span', 'visually-hidden', resultsWord(total));
    const label = el('label', 'filter-option', input, el('span', 'filter-value', value), el('span', 'visually-hidden', ' ('), count, unit);
    input.addEventListener('change', () => this.#toggle(key, value, input.checked));
    this.#boxes.push({ key, value, label, input, count, unit });
    return label;
  }

  #toggle(key: string, value: string, checked: boolean): void {
    const values = (this.#checked[key] ?? []).filter((v) => v !== value);
    if (checked) values.push(value);
    if (values.length > 0) this.#checked[key] = values;
    else delete this.#checked[key];
    this.#showChecked();
    this.onChange(this.checked);
  }

  /** The checked values (a copy). */
  get checked(): Filters {
    return Object.fromEntries(Object.entries(this.#checked).map(([k, vs]) => [k, [...vs]]));
  }

  /** Checks exactly `filters` (a search restored from the address, or run from elsewhere), and opens the groups that have a checked value. */
  check(filters: Readonly<Filters>, openChecked = false): void {
    this.#checked = {};
    for (const [key, values] of Object.entries(filters)) if (values.length > 0) this.#checked[key] = [...values];
    this.#showChecked();
    if (openChecked) for (const key of Object.keys(this.#checked)) this.#groups.get(key)?.group.setAttribute('open', '');
  }

  #showChecked(): void {
    for (const box of this.#boxes) box.input.checked = this.#checked[box.key]?.includes(box.value) ?? false;
    for (const [key, { selected }] of this.#groups) {
      const n = this.#checked[key]?.length ?? 0;
      selected.hidden = n === 0;
      selected.textContent = `${n} selected`;
    }
  }

  /**
   * Shows each value's count for the current search: a checked value shows what it finds alone
   * (`total`), another its count in `available`: what checking it would leave, or in a group that has a
   * checked value, what checking it too would add; a value with a count of 0 is hidden unless checked, and
   * a group with nothing to show is hidden.
   */
  update(available: FilterCounts, total: FilterCounts): void {
    const shown = new Map<string, number>();
    for (const box of this.#boxes) {
      const checked = box.input.checked;
      const left = available[box.key]?.[box.value] ?? 0;
      const n = checked ? (total[box.key]?.[box.value] ?? 0) : left;
      box.count.textContent = String(n);
      box.unit.textContent = resultsWord(n);
      const visible = checked || left > 0;
      box.label.hidden = !visible;
      if (visible) shown.set(box.key, (shown.get(box.key) ?? 0) + 1);
    }
    for (const [key, { group }] of this.#groups) group.hidden = !shown.has(key);
  }
}
