import { useEffect, useRef, useState } from 'preact/hooks';
import type { CleanArticle } from '../core/types.ts';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../storage/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings-store.ts';
import { ArticleHeader } from '../ui/article-header.tsx';
import { RecentPostsPanel } from '../ui/recent-posts-panel.tsx';
import { SafeHtml } from '../ui/safe-html.tsx';
import { SummaryPanel } from '../ui/summary-panel.tsx';
import { ReaderToolbar } from './reader-toolbar.tsx';
import { useReadAloud } from './use-read-aloud.ts';

/**
 * The full-page reader: toolbar, article header, summary, recent posts and the article, reusing the popup's
 * components. Settings apply at once and are saved to `storage.sync`, so every open reader follows along.
 */
export function ReaderApp(props: { article: CleanArticle; onClose: () => void; onReady: () => void }) {
  const { article } = props;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const listen = useReadAloud(() => Array.from(body.current?.querySelectorAll<HTMLElement>('p, h2, h3, h4, li, blockquote') ?? []), article.lang);

  useEffect(() => {
    void loadSettings().then((stored) => {
      setSettings(stored);
      setLoaded(true);
    });
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    if (loaded) props.onReady();
  }, [loaded]);

  const change = (changes: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...changes }));
    void saveSettings(changes);
  };
  const theme = resolveTheme(settings.theme);

  return (
    <div
      class="cp-reader"
      data-theme={theme}
      data-font={settings.fontFamily}
      data-width={settings.lineWidth}
      data-leading={settings.lineHeight}
      style={{ '--cp-reader-size': `${settings.fontSize}px` }}
      // Clearpage's own interface is English, so left-to-right even over an RTL page (the article's parts carry
      // the article's direction): `all: initial` on the host does not reset the inherited `direction`.
      dir="ltr"
      lang="en"
      role="dialog"
      aria-modal="true"
      aria-label={`Reader: ${article.title}`}
      hidden={!loaded}
    >
      <ReaderToolbar settings={settings} theme={theme} onChange={change} listen={listen} onClose={props.onClose} />
      <main class="cp-reader-page">
        <article class="cp-article">
          <ArticleHeader article={article} />
          <SummaryPanel
            sentences={article.summary}
            text={article.text}
            lang={article.lang}
            dir={article.dir}
            open={settings.summaryOpen}
            onToggle={(open) => change({ summaryOpen: open })}
          />
          <RecentPostsPanel recent={article.recentPosts} lang={article.lang} dir={article.dir} open={settings.recentPostsOpen} onToggle={(open) => change({ recentPostsOpen: open })} />
          <div ref={body}>
            <SafeHtml className="cp-article-body" html={article.html} lang={article.lang} dir={article.dir} />
          </div>
        </article>
        <footer class="cp-reader-footer">
          <a href={article.url} onClick={(event) => (event.preventDefault(), props.onClose())}>
            Back to the page
          </a>{' '}
          · Esc closes the reader
        </footer>
      </main>
    </div>
  );
}

function resolveTheme(theme: Theme): Exclude<Theme, 'auto'> {
  if (theme !== 'auto') return theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
