import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The summary panel offers Chrome's on-device Summarizer only where it reports `available`, and always shows the
 * local summary. Rendered with Preact into jsdom, with a stand-in Summarizer on the global scope.
 */
const dom = new JSDOM('<!doctype html><body></body>');
const globals = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'Node', 'HTMLElement', 'Event', 'MouseEvent', 'requestAnimationFrame']) {
  globals[key] ??= key === 'requestAnimationFrame' ? (callback: () => void) => setTimeout(callback, 0) : (dom.window as unknown as Record<string, unknown>)[key];
}
const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { SummaryPanel } = await import('../../src/ui/summary-panel.tsx');

const sentences = ['The first sentence of the summary is here.', 'The second one follows it.', 'And a third closes it.'];

function fakeSummarizer(availability: string, result = '* First point\n* Second point') {
  const calls: string[] = [];
  globals.Summarizer = {
    availability: async () => availability,
    create: async () => ({ summarize: async (text: string) => (calls.push(text), result), destroy: () => undefined }),
  };
  return calls;
}

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SummaryPanel sentences={sentences} text="Full article text." lang="en" dir="" open={true} onToggle={() => undefined} />, root);
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

describe('SummaryPanel', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    delete globals.Summarizer;
  });

  it('always shows the local summary, with no on-device option when there is no Summarizer', async () => {
    const root = await mount();
    expect(Array.from(root.querySelectorAll('li'), (li) => li.textContent)).toEqual(sentences);
    expect(root.querySelector('button.cp-button-quiet')).toBeNull();
  });

  it('does not offer the on-device summary when Chrome reports it unavailable or still to download', async () => {
    for (const availability of ['unavailable', 'downloadable', 'downloading']) {
      fakeSummarizer(availability);
      const root = await mount();
      expect(root.textContent).not.toContain('on-device');
      root.remove();
    }
  });

  it('offers it when available, and shows its points after the reader clicks', async () => {
    const calls = fakeSummarizer('available');
    const root = await mount();
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.includes('on-device'));
    expect(button).toBeDefined();
    await act(async () => {
      button!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(calls).toEqual(['Full article text.']);
    expect(Array.from(root.querySelectorAll('.cp-on-device li'), (li) => li.textContent)).toEqual(['First point', 'Second point']);
    // The local summary stays.
    expect(root.querySelectorAll('.cp-summary-list')[0]!.querySelectorAll('li')).toHaveLength(3);
  });
});
