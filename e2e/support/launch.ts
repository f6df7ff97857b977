import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH overrides it. Playwright's own browser downloads are not used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  extensionDir: string;
  userDataDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * Let Chromium speak through speech-dispatcher (Linux Chromium has no voice otherwise). Off by default: with it
   * on, closing the browser waits ~30 s on the speech service, so only tests of Listen turn it on.
   */
  speech?: boolean;
}

export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.speech ? ['--enable-speech-dispatcher'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}
