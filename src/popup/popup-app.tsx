import { useEffect, useState } from 'preact/hooks';
import { type Refusal, refusalOf } from '../core/refusal.ts';
import type { CleanArticle } from '../core/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { loadSettings, saveSettings } from '../storage/settings-store.ts';
import { ArticleHeader } from '../ui/article-header.tsx';
import { RecentPostsPanel } from '../ui/recent-posts-panel.tsx';
import { SafeHtml } from '../ui/safe-html.tsx';
import { SaveControl } from '../ui/save-control.tsx';
import { SummaryPanel } from '../ui/summary-panel.tsx';
import { sendToBackground } from '../messaging/send-to-background.ts';
import { AutoDetectOffer } from './auto-detect-offer.tsx';
import { activeTabId, extractAnyway, readTab, type TabReading } from './read-active-tab.ts';
import { ReaderButton } from './reader-button.tsx';
import { StatusMessage } from './status-message.tsx';

type View =
  | { kind: 'loading' }
  /** `forced`: shown after "Try anyway", so saving must not ask the detector again. */
  | { kind: 'article'; article: CleanArticle; tabId: number; forced: boolean }
  | { kind: 'not-an-article'; reading: Extract<TabReading, { state: 'done' }>; refusal: Refusal }
  | { kind: 'empty' }
  | { kind: 'failed'; reason: string; detail: string };

export function PopupApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void load().then(setView);
  }, []);

  useEffect(() => {
    // A standard User Timing mark: `npm run bench` reads it to report how long the popup takes to show an article.
    if (view.kind === 'article') performance.mark('clearpage:article-shown');
  }, [view.kind]);

  const toggle = (key: 'recentPostsOpen' | 'summaryOpen') => (open: boolean) => {
    setSettings((current) => ({ ...current, [key]: open }));
    void saveSettings({ [key]: open });
  };

  const tryAnyway = (reading: Extract<TabReading, { state: 'done' }>) => {
    const result = extractAnyway(reading.snapshot);
    setView(result.ok ? { kind: 'article', article: result.article, tabId: reading.tabId, forced: true } : { kind: 'empty' });
  };

  return (
    <div class="cp-popup" data-state={view.kind} aria-busy={view.kind === 'loading'}>
      <main class="cp-popup-main">
        {view.kind === 'loading' && <StatusMessage kind="loading" />}
        {view.kind === 'failed' && <StatusMessage kind={view.reason} detail={view.detail} />}
        {view.kind === 'empty' && <StatusMessage kind="empty" />}
        {view.kind === 'not-an-article' && (
          // A page with a body that is not a story (documentation, a forum thread) is told apart from a list of stories.
          <StatusMessage kind={view.refusal}>
            <button type="button" class="cp-button" onClick={() => tryAnyway(view.reading)}>
              Try anyway
            </button>
          </StatusMessage>
        )}
        {view.kind === 'article' && (
          <article class="cp-article" aria-label={view.article.title}>
            <ArticleHeader article={view.article} />
            <div class="cp-actions">
              <ReaderButton tabId={view.tabId} />
              <SaveControl buttonClass="cp-button" save={() => sendToBackground('saveTab', { tabId: view.tabId, force: view.forced })} openLibrary={openLibrary} />
            </div>
            <SummaryPanel
              sentences={view.article.summary}
              text={view.article.text}
              lang={view.article.lang}
              dir={view.article.dir}
              open={settings.summaryOpen}
              onToggle={toggle('summaryOpen')}
            />
            <RecentPostsPanel
              recent={view.article.recentPosts}
              lang={view.article.lang}
              dir={view.article.dir}
              open={settings.recentPostsOpen} onToggle={toggle('recentPostsOpen')} />
            <SafeHtml className="cp-article-body" html={view.article.html} title={view.article.title} lang={view.article.lang} dir={view.article.dir} />
            <p class="cp-source">
              <a href={view.article.url} target="_blank" rel="noopener noreferrer">
                Original page on {view.article.siteName}
              </a>
            </p>
          </article>
        )}
      </main>
      <nav class="cp-popup-links" aria-label="Clearpage">
        <button type="button" class="cp-link-button" data-action="library" onClick={() => openLibrary()}>
          Your library
        </button>
      </nav>
      <AutoDetectOffer />
    </div>
  );
}

function openLibrary(articleId?: string): void {
  void sendToBackground('openLibrary', { articleId: articleId || undefined }).then(() => window.close());
}

async function load(): Promise<View> {
  try {
    const tabId = await activeTabId();
    if (tabId === undefined) return { kind: 'failed', reason: 'no-tab', detail: '' };
    const reading = await readTab(tabId);
    if (reading.state === 'failed') return { kind: 'failed', reason: reading.reason, detail: reading.detail };
    if (reading.result.ok) return { kind: 'article', article: reading.result.article, tabId: reading.tabId, forced: false };
    return reading.result.reason === 'not-an-article' ? { kind: 'not-an-article', reading, refusal: refusalOf(reading.result) } : { kind: 'empty' };
  } catch (error) {
    return { kind: 'failed', reason: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}
