import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { CleanArticle } from '../core/types.ts';
import type { Settings, Theme } from '../storage/settings.ts';
import { ArticleHeader } from './article-header.tsx';
import { ReaderToolbar } from './reader-toolbar.tsx';
import { RecentPostsPanel } from './recent-posts-panel.tsx';
import { SafeHtml } from './safe-html.tsx';
import { SummaryPanel } from './summary-panel.tsx';
import { useReadAloud } from './use-read-aloud.ts';

/**
 * The reader view: toolbar, article header, summary, recent posts and the article. Reader mode shows it over a
 * live page; the library shows a saved article in it. Where settings come from and go to is the caller's business.
 */
export function ReaderView(props: {
  article: CleanArticle;
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  onClose: () => void;
  /** More toolbar controls (reader mode's Save). */
  actions?: ComponentChildren;
  footer: ComponentChildren;
  hidden?: boolean;
  /** Rewrites the rendered article body, e.g. to point images at stored copies. */
  onBody?: (body: HTMLElement) => void;
}) {
  const { article, settings, onChange } = props;
  const body = useRef<HTMLDivElement>(null);
  const listen = useReadAloud(() => Array.from(body.current?.querySelectorAll<HTMLElement>('p, h2, h3, h4, li, blockquote') ?? []), article.lang);
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
      hidden={props.hidden}
    >
      <ReaderToolbar settings={settings} theme={theme} onChange={onChange} listen={listen} onClose={props.onClose}>
        {props.actions}
      </ReaderToolbar>
      <main class="cp-reader-page">
        <article class="cp-article">
          <ArticleHeader article={article} />
          <SummaryPanel sentences={article.summary} text={article.text} lang={article.lang} dir={article.dir} open={settings.summaryOpen} onToggle={(open) => onChange({ summaryOpen: open })} />
          <RecentPostsPanel recent={article.recentPosts} lang={article.lang} dir={article.dir} open={settings.recentPostsOpen} onToggle={(open) => onChange({ recentPostsOpen: open })} />
          <div ref={(element) => {
            body.current = element;
            if (element) props.onBody?.(element);
          }}>
            <SafeHtml className="cp-article-body" html={article.html} title={article.title} lang={article.lang} dir={article.dir} />
          </div>
        </article>
        <footer class="cp-reader-footer">{props.footer}</footer>
      </main>
    </div>
  );
}

function resolveTheme(theme: Theme): Exclude<Theme, 'auto'> {
  if (theme !== 'auto') return theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
