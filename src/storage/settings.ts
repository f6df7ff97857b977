/**
 * Typed settings with defaults, validated on load: a missing, old or corrupt stored value falls back to its
 * default instead of breaking a page. Shared by the popup and the reader; stored in `storage.sync`.
 */
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type LineHeight = 'compact' | 'normal' | 'loose';

export interface Settings {
  /** Whether the "Recent posts" panel is open (popup and reader). */
  recentPostsOpen: boolean;
  /** Whether the summary is open (popup and reader). */
  summaryOpen: boolean;
  /** Reader theme; `auto` follows the system's light or dark preference. */
  theme: Theme;
  /** Reader body text size in CSS pixels. */
  fontSize: number;
  fontFamily: FontFamily;
  lineWidth: LineWidth;
  lineHeight: LineHeight;
}

export const DEFAULT_SETTINGS: Settings = {
  recentPostsOpen: false,
  summaryOpen: true,
  theme: 'auto',
  fontSize: 20,
  fontFamily: 'serif',
  lineWidth: 'medium',
  lineHeight: 'normal',
};

export const FONT_SIZE_RANGE = { min: 14, max: 32, step: 2 } as const;

const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as string[]).includes(value);

const VALIDATORS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  recentPostsOpen: (value) => typeof value === 'boolean',
  summaryOpen: (value) => typeof value === 'boolean',
  theme: oneOf<Theme>('auto', 'light', 'sepia', 'dark'),
  fontSize: (value) => Number.isInteger(value) && (value as number) >= FONT_SIZE_RANGE.min && (value as number) <= FONT_SIZE_RANGE.max,
  fontFamily: oneOf<FontFamily>('serif', 'sans'),
  lineWidth: oneOf<LineWidth>('narrow', 'medium', 'wide'),
  lineHeight: oneOf<LineHeight>('compact', 'normal', 'loose'),
};

export function parseSettings(stored: unknown): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (VALIDATORS[key](value)) settings[key] = value;
    }
  }
  return settings as unknown as Settings;
}
