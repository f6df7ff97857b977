import { expect, test } from './support/test.ts';

// The content script's detection marks the toolbar icon. It is registered at run time for the hosts the extension
// has access to (here a manifest host standing in for the user's grant), so this also proves start-up registration.
test('the toolbar badge marks an article page', async ({ openFixture, badgeFor, worker }) => {
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.js));
  await expect.poll(registered).toEqual([['content/detect.js']]);

  const page = await openFixture('pakistantoday-article');
  await expect.poll(() => badgeFor(page), { timeout: 10_000 }).toEqual({ text: '✓', title: 'Clearpage: article found. Click to read it clean.' });
});

test('the toolbar badge stays clear on a home page and a search page', async ({ openFixture, badgeFor }) => {
  for (const slug of ['news-home-listing', 'search-results']) {
    const page = await openFixture(slug);
    // The title changes only when the verdict arrives, so this waits for detection to have run, then checks it.
    await expect.poll(() => badgeFor(page), { timeout: 10_000 }).toEqual({ text: '', title: 'Clearpage: no article found on this page' });
  }
});
