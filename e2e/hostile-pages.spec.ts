import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIND_DANGEROUS } from './support/dangerous-nodes.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import { dangerInLibrary } from './support/library-page.ts';
import { ReaderProbe } from './support/reader-probe.ts';
import { expect, test } from './support/test.ts';
import type { ToolbarPopup } from './support/toolbar-popup.ts';
import type { Page } from '@playwright/test';

/**
 * Hostile pages through every context that shows page content: the toolbar popup, the in-page reader, and the
 * library's reading view (saved, then rendered from storage in the sandboxed article frame).
 * For each: nothing dangerous survives in the DOM, nothing runs (the page counts calls to alert/confirm/prompt in
 * its main world, where reader content lives; a dialog in the popup would hang it and fail the test), and titles,
 * bylines and site names stay text.
 */
async function readInPopup(openPopup: () => Promise<ToolbarPopup>): Promise<ToolbarPopup> {
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body, .cp-status-not-an-article, .cp-status-empty')`);
  if (await popup.evaluate<boolean>(`!!document.querySelector('.cp-status-not-an-article')`)) {
    await popup.click('.cp-status-not-an-article .cp-button');
    await popup.waitFor(`document.querySelector('.cp-article-body')`);
  }
  return popup;
}

async function xssCount(page: Page): Promise<number> {
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __xss: number }).__xss);
}

test('the hostile fixture renders inert in the popup, the reader and the library, with the tab’s real URL', async ({ context, extensionId, worker, openFixture, openPopup, openReaderFromPopup }) => {
  const page = await openFixture('hostile-markup');
  const before = await xssCount(page);
  const popup = await readInPopup(openPopup);
  expect(await popup.evaluate(`(${FIND_DANGEROUS}).call(document)`)).toEqual([]);
  const shown = await popup.evaluate<Record<string, unknown>>(`({
    title: document.querySelector('.cp-title').textContent,
    titleElements: document.querySelector('.cp-title').children.length,
    byline: document.querySelector('.cp-byline')?.textContent,
    site: document.querySelector('.cp-site').textContent,
    source: document.querySelector('.cp-source a').href,
  })`);
  expect(shown).toEqual({ title: 'Harbour report', titleElements: 0, byline: 'By Mallory', site: 'Evil Gazette', source: page.url() });
  await popup.close();

  const reader = await openReaderFromPopup(page);
  expect(await reader.evaluate(FIND_DANGEROUS)).toEqual([]);
  // The page restyled our host (display: none, a class): the reader is still what the user sees.
  expect((await reader.read()).visible).toBe(true);
  expect(await xssCount(page)).toBe(before);

  expect(await dangerInLibrary(context, extensionId, worker, page, FIND_DANGEROUS)).toEqual({ found: [], dialogs: 0 });
  expect(await xssCount(page)).toBe(before);
});

test('a page that deletes the reader’s element just closes the reader, leaving nothing behind', async ({ openFixture, openPopup, server }) => {
  const page = await openFixture('hostile-markup');
  await page.goto(`${server.pageUrl('hostile-markup')}#remove-reader`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const popup = await readInPopup(openPopup);
  await popup.click('[data-action="open-reader"]');
  const probe = await ReaderProbe.attach(page);
  await page.waitForTimeout(500);
  expect(await probe.isOpen()).toBe(false);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});

const VECTORS = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'xss-vectors', 'dompurify-vectors.json');
const vectors: { title: string; payload: string }[] = existsSync(VECTORS) ? JSON.parse(readFileSync(VECTORS, 'utf8')) : [];
if (!vectors.length) console.warn(`hostile-pages.spec.ts: ${VECTORS} is absent, so the DOMPurify vectors are skipped.`);
const CHUNK = 25;

const prose = [
  'The ferry company confirmed on Friday that the winter timetable will start two weeks early this year, after a run of storms disrupted crossings for most of November and left passengers stranded on both sides.',
  'Passengers with tickets for cancelled sailings can move to another crossing at no charge, and the company said it would add an extra evening departure on Fridays and Sundays until the end of January.',
  'Harbour staff said the new timetable had been agreed with the island council, which had asked for more reliable early crossings for schoolchildren and for workers who commute to the mainland each day.',
  'A spokesperson for the company said the early switch should make the service more predictable for everyone, even if it meant fewer sailings on the quietest weekday afternoons of the season.',
];

function vectorPage(chunk: { title: string; payload: string }[], index: number): string {
  const blocks = chunk.map((vector, i) => `<p>${prose[i % prose.length]}</p>\n<div class="entry-part">${vector.payload}</div>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable ${index} | Island News</title>
<meta property="og:type" content="article"><link rel="icon" href="data:,">
<script>window.__xss = 0; window.alert = window.confirm = window.prompt = function () { window.__xss += 1; };</script>
</head><body><article><h1>Winter ferry timetable starts early (${index})</h1><div class="entry-content">
${prose.map((text) => `<p>${text}</p>`).join('\n')}
${blocks}
</div></article></body></html>`;
}

// Without ../shared there are no vectors, so no tests are generated here (the warning above says so).
for (let start = 0; start < vectors.length; start += CHUNK) {
  const chunk = vectors.slice(start, start + CHUNK);
  test(`DOMPurify's vectors ${start + 1}–${start + chunk.length} stay inert in the popup, the reader and the library`, async ({ context, extensionId, worker, openPopup, openReaderFromPopup }) => {
    const dir = join(tmpdir(), `clearpage-xss-${process.pid}-${start}`);
    mkdirSync(join(dir, 'pages', 'xss'), { recursive: true });
    writeFileSync(join(dir, 'pages', 'xss', 'source.html'), vectorPage(chunk, start / CHUNK + 1));
    const server = await startFixtureServer(dir);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('dialog', (dialog) => void dialog.dismiss());
      // Some payloads point at hosts that never answer here; the document itself is all that matters.
      await page.goto(server.pageUrl('xss'), { waitUntil: 'domcontentloaded' });
      await page.bringToFront();
      const before = await xssCount(page);

      const popup = await readInPopup(openPopup);
      expect(await popup.evaluate(`(${FIND_DANGEROUS}).call(document)`)).toEqual([]);
      await popup.close();

      const reader = await openReaderFromPopup(page);
      const found = await reader.evaluate(FIND_DANGEROUS);
      expect(found).toEqual([]);
      expect(await xssCount(page)).toBe(before);

      expect(await dangerInLibrary(context, extensionId, worker, page, FIND_DANGEROUS)).toEqual({ found: [], dialogs: 0 });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
