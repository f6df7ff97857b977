import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './settings.ts';

/** Settings in `storage.local`: read through `parseSettings`, so a corrupt value never breaks a page. */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return parseSettings(stored);
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const current = await loadSettings();
  await browser.storage.local.set({ [KEY]: { ...current, [key]: value } });
}
