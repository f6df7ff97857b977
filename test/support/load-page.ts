import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { type NearHeadline, readNearHeadline } from '../../src/core/near-headline.ts';

/** Fixture pages are parsed as if served from this fixed fake host, so golden outputs never depend on a port. */
export const FIXTURE_ORIGIN = 'http://fixtures.clearpage.test';
export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

export function fixtureUrl(slug: string): string {
  return `${FIXTURE_ORIGIN}/pages/${slug}/source.html`;
}

/** A fixture page as a jsdom window (scripts off, like the popup's inert copy). */
export function loadFixture(slug: string): JSDOM {
  return parseHtml(readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'), fixtureUrl(slug));
}

export function parseHtml(html: string, url = `${FIXTURE_ORIGIN}/page.html`): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html' });
}

/** `html` parsed as the content of one `<div>`, which is returned: the root a pass over an article's tree is given. */
export function parseRoot(html: string, url?: string): Element {
  return parseHtml(`<div id="root">${html}</div>`, url).window.document.getElementById('root')!;
}

/** The text around the headline of a blog post whose `<body>` is `body`: what the shown date and byline read. */
export function nearHeadlineOf(body: string): NearHeadline | null {
  return readNearHeadline(parseHtml(`<html><body>${body}</body></html>`, 'https://blog.test/post').window.document);
}

/** Where `../shared` is on this machine, or null when it is absent (tests that need it then skip, saying why). */
export function sharedDir(): string | null {
  const dir = join(import.meta.dirname, '..', '..', '..', 'shared');
  return existsSync(dir) ? dir : null;
}
