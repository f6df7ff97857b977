import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Looks inside the reader's *closed* shadow root, which page scripts (and Playwright's locators) cannot reach:
 * the DevTools protocol's `DOM.getDocument({ pierce: true })` can, and `Runtime.callFunctionOn` then runs a
 * function with that shadow root as `this`. Clicks are real mouse events at the element's position.
 */
export class ReaderProbe {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly hostTag: string,
  ) {}

  /** `hostTag`: the reader's host by default; `clearpage-notice` for the in-page "Saved" notice. */
  static async attach(page: Page, hostTag = 'clearpage-reader'): Promise<ReaderProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ReaderProbe(page, cdp, hostTag.toUpperCase());
  }

  /** Whether the page holds Clearpage's host element (the page itself can see that much, and nothing more). */
  isOpen(): Promise<boolean> {
    return this.page.evaluate((tag) => document.querySelector(tag) !== null, this.hostTag.toLowerCase());
  }

  private async shadowRootObject(): Promise<string | null> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.nodeName === this.hostTag) return node.shadowRoots?.[0] ?? null;
      for (const child of node.children ?? []) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    return object.objectId;
  }

  /** Runs `fn` (source of `function (arg) { ... }` with the shadow root as `this`) and returns its JSON value. */
  async evaluate<T>(fn: string, arg?: unknown): Promise<T> {
    const objectId = await this.shadowRootObject();
    if (!objectId) throw new Error(`${this.hostTag.toLowerCase()} is not in the page`);
    const reply = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (reply.exceptionDetails) throw new Error(`reader: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value;
  }

  /** Waits until `fn` returns something truthy inside the shadow root. */
  async waitFor<T>(fn: string, arg?: unknown, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(fn, arg).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`reader: timed out waiting for ${fn}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A real mouse click on the first element matching `selector` inside the reader. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(
      `function (selector) {
        const el = this.querySelector(selector);
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`,
      selector,
    );
    if (!box) throw new Error(`reader: nothing matches ${selector}`);
    await this.page.mouse.click(box.x, box.y);
  }

  /** The reader's state as a person would describe it. */
  read(): Promise<ReaderState> {
    return this.evaluate<ReaderState>(`function () {
      const reader = this.querySelector('.cp-reader');
      const p = this.querySelector('.cp-article-body p');
      return {
        title: this.querySelector('.cp-title')?.textContent ?? '',
        paragraphs: Array.from(this.querySelectorAll('.cp-article-body p'), (el) => el.textContent.replace(/\\s+/g, ' ').trim()),
        theme: reader?.dataset.theme ?? '',
        font: reader?.dataset.font ?? '',
        width: reader?.dataset.width ?? '',
        leading: reader?.dataset.leading ?? '',
        fontSize: p ? getComputedStyle(p).fontSize : '',
        fontFamily: p ? getComputedStyle(p).fontFamily : '',
        direction: p ? getComputedStyle(p).direction : '',
        visible: !!reader && reader.getBoundingClientRect().height > 0 && getComputedStyle(reader).display !== 'none',
        focused: this.activeElement?.getAttribute('data-action') ?? this.activeElement?.tagName ?? null,
      };
    }`);
  }
}

export interface ReaderState {
  title: string;
  paragraphs: string[];
  theme: string;
  font: string;
  width: string;
  leading: string;
  fontSize: string;
  fontFamily: string;
  direction: string;
  visible: boolean;
  focused: string | null;
}
