import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * A real X desktop for the tests that need one: extension keyboard shortcuts only reach Chromium as real key events
 * from the window system (Playwright's keyboard talks to the page and never triggers `commands`). `npm run test:e2e`
 * runs under `xvfb-run`; this starts a window manager (openbox) on that display so windows take focus, and sends
 * keys with xdotool.
 */
export function requireDisplay(): string {
  const display = process.env.DISPLAY;
  if (!display) throw new Error('no X display: run the e2e tests with `npm run test:e2e` (it starts them under xvfb-run)');
  return display;
}

export function startWindowManager(): ChildProcess {
  const manager = spawn('openbox', [], { env: { ...process.env, DISPLAY: requireDisplay() }, stdio: 'ignore' });
  manager.on('error', (error) => {
    throw new Error(`openbox failed to start (apt-get install -y openbox): ${error.message}`);
  });
  return manager;
}

/**
 * Chromium's visible windows, newest last. While Chromium starts, a window can vanish between xdotool listing it and
 * querying it, and xdotool then dies with an X error (BadWindow): that is a race with the browser, not an answer, so
 * the search is tried again.
 */
function chromiumWindows(): string[] {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .trim()
        .split('\n');
    } catch (error) {
      if (attempt >= 20) throw error;
      execFileSync('sleep', ['0.1']);
    }
  }
}

/** Raises and focuses the Chromium window, then presses `keys` (xdotool syntax, e.g. `ctrl+shift+y`). */
export function pressKeys(keys: string): void {
  const windows = chromiumWindows();
  const window = windows.at(-1)!;
  // Activate only when needed: Chromium swallows an Escape that comes right after its window was (re)activated.
  const active = execFileSync('xdotool', ['getactivewindow'], { encoding: 'utf8' }).trim();
  if (!windows.includes(active)) execFileSync('xdotool', ['windowactivate', '--sync', window]);
  execFileSync('xdotool', ['key', '--clearmodifiers', keys]);
}

/**
 * Chromium greets a profile with unpacked extensions with a bubble ("Disable developer mode extensions") that takes
 * the first Escape. Press one so the tests' own Escape reaches the page.
 */
export function dismissStartupBubble(): void {
  pressKeys('Escape');
}

/** A real right-click at (x, y) in the Chromium window, which opens the page's context menu. */
export function rightClick(x: number, y: number): void {
  const window = chromiumWindows().at(-1)!;
  execFileSync('xdotool', ['windowactivate', '--sync', window]);
  execFileSync('xdotool', ['mousemove', '--window', window, String(x), String(y), 'click', '3']);
  // The menu takes a moment to appear; keys sent before it would go to the page.
  execFileSync('sleep', ['0.8']);
}

/** One key to whatever has the keyboard now (an open menu, say), without activating a window first. */
export function pressKey(key: string): void {
  execFileSync('xdotool', ['key', key]);
}
