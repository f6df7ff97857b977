import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './settings.ts';

/**
 * Settings in `storage.sync` (they follow the reader to their other browsers), read through `parseSettings` so a
 * corrupt value never breaks a page. `watchSettings` tells every open popup and reader about a change at once.
 */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  return parseSettings(stored);
}

export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const current = await loadSettings();
  await browser.storage.sync.set({ [KEY]: { ...current, ...changes } });
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) onChange(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
