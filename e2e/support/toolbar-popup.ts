import type { BrowserContext, CDPSession, Worker } from '@playwright/test';

/**
 * The real toolbar popup, opened the way a click opens it (`chrome.action.openPopup()` from the service worker).
 * It is not a Playwright page, so it is driven over the browser's DevTools protocol: found with
 * `Target.getTargets`, attached with `flatten: false`, and spoken to with `Target.sendMessageToTarget`.
 * Input goes through `Input.dispatch*Event`, i.e. real mouse and key events, not synthetic DOM events.
 */
export class ToolbarPopup {
  private nextId = 1;
  private closed = false;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = reply.id === undefined ? undefined : this.pending.get(reply.id);
      if (!waiter || reply.id === undefined) return;
      this.pending.delete(reply.id);
      if (reply.error) waiter.reject(new Error(reply.error.message));
      else waiter.resolve(reply.result);
    });
    // A popup that closes (window.close(), lost focus) never answers what was in flight: fail those calls instead
    // of leaving them, and the test, waiting forever.
    browserSession.on('Target.detachedFromTarget', (event: { sessionId?: string; targetId?: string }) => {
      if (event.sessionId !== this.sessionId && event.targetId !== this.targetId) return;
      for (const waiter of this.pending.values()) waiter.reject(new Error('popup: closed'));
      this.pending.clear();
    });
  }

  /** Opens the popup for the active tab of the focused window and attaches to it. */
  static async open(context: BrowserContext, worker: Worker, extensionId: string): Promise<ToolbarPopup> {
    const browser = context.browser();
    const browserSession = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(context.pages()[0]!);
    await worker.evaluate(() => chrome.action.openPopup());
    const popupUrl = `chrome-extension://${extensionId}/src/popup/popup.html`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string; type: string }[] };
      const target = targetInfos.find((info) => info.url.startsWith(popupUrl));
      if (target) {
        const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
        const popup = new ToolbarPopup(browserSession, sessionId, target.targetId);
        await popup.send('Runtime.enable');
        await popup.send('Page.enable');
        return popup;
      }
      if (Date.now() > deadline) throw new Error(`toolbar popup did not open (targets: ${targetInfos.map((t) => t.url).join(', ')})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.browserSession
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: Error) => {
          this.pending.delete(id);
          reject(error);
        });
    });
  }

  /** Evaluates an expression in the popup and returns its JSON value (promises are awaited). */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (reply.exceptionDetails) throw new Error(`popup: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as T;
  }

  /** Waits until `expression` is truthy in the popup, and returns its value. */
  async waitFor<T>(expression: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`popup: timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * A real mouse click at the centre of the first element matching `selector`. Chrome sizes the popup window to
   * its content as that content arrives, and the body is centred in it, so the element's position is read until
   * it holds still; a click at a position read mid-resize lands beside the element.
   */
  async click(selector: string): Promise<void> {
    const where = () =>
      this.evaluate<{ x: number; y: number } | null>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: innerWidth, h: innerHeight };
    })()`);
    let box = await where();
    for (let tries = 0; box && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await where();
      if (JSON.stringify(again) === JSON.stringify(box)) break;
      box = again;
    }
    if (!box) throw new Error(`popup: nothing matches ${selector}`);
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  /** A real key press (keyDown + keyUp) in the popup, sent to whatever has focus. */
  async press(key: 'Enter' | 'Space' | 'Tab'): Promise<void> {
    const keys = {
      Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
      Space: { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' },
      Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
    }[key];
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', ...keys });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keys, text: undefined });
  }

  /** What the popup shows once its transitions have ended (a chevron caught mid-turn reads as a corner). */
  async screenshot(): Promise<Buffer> {
    await this.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished))');
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  /** Closes the popup the way Chrome does when it loses focus, and waits for its target to go. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Closing the window may take the answer to this very call with it, so do not wait on the answer.
    void this.evaluate('window.close()').catch(() => undefined);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const { targetInfos } = (await this.browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string }[] };
      if (!targetInfos.some((info) => info.targetId === this.targetId)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.browserSession.detach().catch(() => undefined);
  }
}
