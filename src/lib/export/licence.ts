/** The licences of the project: MIT for the code (LICENSE), CC BY 4.0 for the site's own text and data (LICENSE-data). */

/** The data licence, as the exports state it. */
export const DATA_LICENSE = {
  /** SPDX identifier. */
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  /** What the licence does not cover. */
  exception: 'Quotes from sources remain their publishers’ and are reproduced as citations.',
} as const;

/** The code licence. */
export const CODE_LICENSE = { name: 'MIT', title: 'MIT License', path: 'https://opensource.org/license/mit' } as const;
