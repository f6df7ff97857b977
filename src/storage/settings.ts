/**
 * Typed settings with defaults, validated on load: a missing, old or corrupt stored value falls back to the
 * default instead of breaking the popup.
 */
export interface Settings {
  /** Whether the popup's "Recent posts" panel is open. */
  recentPostsOpen: boolean;
  /** Whether the popup's summary is open. */
  summaryOpen: boolean;
}

export const DEFAULT_SETTINGS: Settings = { recentPostsOpen: false, summaryOpen: true };

export function parseSettings(stored: unknown): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (typeof value === typeof DEFAULT_SETTINGS[key]) settings[key] = value as Settings[typeof key];
    }
  }
  return settings;
}
