import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages the benchmarks read: the project's seed fixture, plus ../shared/corpora/readability-test-pages when present. */
export interface BenchPage {
  name: string;
  html: string;
  url: string;
}

const ROOT = join(import.meta.dirname, '..');
export const READABILITY_PAGES = join(ROOT, '..', 'shared', 'corpora', 'readability-test-pages');

export function seedPage(): BenchPage {
  return {
    name: 'seed: pakistantoday-article',
    html: readFileSync(join(ROOT, 'test', 'fixtures', 'pages', 'pakistantoday-article', 'source.html'), 'utf8'),
    url: 'http://fixtures.clearpage.test/pages/pakistantoday-article/source.html',
  };
}

/** mozilla/readability's test pages (parsed, as upstream does, at http://fakehost/test/page.html), or [] with a note. */
export function readabilityPages(): BenchPage[] {
  if (!existsSync(READABILITY_PAGES)) {
    console.log(`(skipped: ${READABILITY_PAGES} is absent, so only the seed page is measured)`);
    return [];
  }
  return readdirSync(READABILITY_PAGES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(READABILITY_PAGES, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      // Stored as UTF-8 whatever the page's <meta charset> says.
      html: readFileSync(join(READABILITY_PAGES, entry.name, 'source.html'), 'utf8'),
      url: 'http://fakehost/test/page.html',
    }));
}
