import type { ComponentChildren } from 'preact';
import { FONT_SIZE_RANGE, type Settings, type Theme } from '../storage/settings.ts';
import type { ReadAloudState } from './use-read-aloud.ts';

const THEMES: { value: Exclude<Theme, 'auto'>; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];

/** The reader's controls: every one a labelled button, grouped, reachable by Tab. */
export function ReaderToolbar(props: {
  settings: Settings;
  theme: Exclude<Theme, 'auto'>;
  onChange: (changes: Partial<Settings>) => void;
  listen: { state: ReadAloudState; problem: string; play: () => void; pause: () => void; stop: () => void };
  onClose: () => void;
  /** Controls the caller adds before the close button. */
  children?: ComponentChildren;
}) {
  const { settings, onChange, listen } = props;
  const size = settings.fontSize;
  return (
    <div class="cp-reader-toolbar" role="toolbar" aria-label="Reader settings">
      <div role="group" aria-label="Theme">
        {THEMES.map((theme) => (
          <button
            type="button"
            key={theme.value}
            class={`cp-tool cp-swatch-${theme.value}`}
            aria-pressed={props.theme === theme.value}
            data-theme-choice={theme.value}
            onClick={() => onChange({ theme: theme.value })}
          >
            {theme.label}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Text size">
        <button type="button" class="cp-tool" data-action="smaller" aria-label="Smaller text" disabled={size <= FONT_SIZE_RANGE.min} onClick={() => onChange({ fontSize: size - FONT_SIZE_RANGE.step })}>
          A−
        </button>
        <button type="button" class="cp-tool" data-action="larger" aria-label="Larger text" disabled={size >= FONT_SIZE_RANGE.max} onClick={() => onChange({ fontSize: size + FONT_SIZE_RANGE.step })}>
          A+
        </button>
      </div>
      <div role="group" aria-label="Typeface">
        <button type="button" class="cp-tool" data-font-choice="serif" aria-pressed={settings.fontFamily === 'serif'} onClick={() => onChange({ fontFamily: 'serif' })}>
          Serif
        </button>
        <button type="button" class="cp-tool" data-font-choice="sans" aria-pressed={settings.fontFamily === 'sans'} onClick={() => onChange({ fontFamily: 'sans' })}>
          Sans
        </button>
      </div>
      <div role="group" aria-label="Line width">
        {(['narrow', 'medium', 'wide'] as const).map((width) => (
          <button type="button" key={width} class="cp-tool" data-width-choice={width} aria-pressed={settings.lineWidth === width} aria-label={`${width} lines`} title={`${width} lines`} onClick={() => onChange({ lineWidth: width })}>
            {width === 'narrow' ? '▯' : width === 'medium' ? '▭' : '▬'}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Line spacing">
        {(['compact', 'normal', 'loose'] as const).map((leading) => (
          <button type="button" key={leading} class="cp-tool" data-leading-choice={leading} aria-pressed={settings.lineHeight === leading} aria-label={`${leading} line spacing`} title={`${leading} line spacing`} onClick={() => onChange({ lineHeight: leading })}>
            {leading === 'compact' ? '≡' : leading === 'normal' ? '☰' : '⋮'}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Listen">
        {listen.state === 'playing' ? (
          <button type="button" class="cp-tool" data-action="pause" onClick={listen.pause}>
            Pause
          </button>
        ) : (
          <button type="button" class="cp-tool" data-action="play" onClick={listen.play}>
            {listen.state === 'paused' ? 'Resume' : 'Listen'}
          </button>
        )}
        <button type="button" class="cp-tool" data-action="stop" disabled={listen.state === 'idle'} onClick={listen.stop}>
          Stop
        </button>
        {listen.problem && (
          <span class="cp-listen-problem" role="status">
            {listen.problem}
          </span>
        )}
      </div>
      {props.children}
      <button type="button" class="cp-tool cp-tool-close" data-action="close" aria-label="Close reader (Esc)" onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
