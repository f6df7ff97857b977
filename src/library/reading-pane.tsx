import { useEffect, useRef, useState } from 'preact/hooks';
import { readFromFrame, type ToFrame } from '../messaging/frame-protocol.ts';
import { ARTICLE_FRAME_PAGE } from '../messaging/script-files.ts';
import type { LibraryDatabase } from '../storage/library-db.ts';
import { markRead, readSaved, type SavedArticle } from '../storage/read-saved.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings-store.ts';
import { downloadFile, fileStem } from './download-file.ts';
import { useLiveQuery } from './use-live-query.ts';

/**
 * A saved article in the reader view, offline. The article is shown by a sandboxed frame (see
 * library/frame/article-frame.tsx); this pane feeds it the stored copy and the reader's settings, and holds the
 * library's own actions: back, mark read, export, delete, open the original.
 */
export function ReadingPane(props: { db: LibraryDatabase; id: string; onClose: () => void; onDelete: (id: string) => void }) {
  const { db, id } = props;
  const saved = useLiveQuery(() => readSaved(db, id), [id]);
  const frame = useRef<HTMLIFrameElement>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [frameReady, setFrameReady] = useState(false);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    back.current?.focus();
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = readFromFrame(event.data);
      if (message?.type === 'ready') setFrameReady(true);
      if (message?.type === 'close') props.onClose();
      if (message?.type === 'change') {
        setSettings((current) => ({ ...current, ...message.changes }));
        void saveSettings(message.changes);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  // The article (again) whenever the frame is ready or the stored copy changes; settings on their own.
  const article = saved.state === 'ready' ? saved.value : undefined;
  useEffect(() => {
    if (frameReady && article) send(frame.current, { type: 'show', article: article.content.article, images: article.images.map(({ url, type, bytes }) => ({ url, type, bytes })), settings });
  }, [frameReady, article && `${article.entry.updatedAt} ${article.images.length}`]);
  useEffect(() => {
    if (frameReady) send(frame.current, { type: 'settings', settings });
  }, [frameReady, settings]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section class="cp-reading" aria-label={article ? `Saved article: ${article.entry.title}` : 'Saved article'}>
      <div class="cp-reading-bar" role="toolbar" aria-label="Saved article">
        <button ref={back} type="button" class="cp-button cp-button-quiet" data-action="back" onClick={props.onClose}>
          ← Library
        </button>
        {article && <ArticleActions saved={article} db={db} onDelete={props.onDelete} />}
      </div>
      {saved.state === 'ready' && !article && <p class="cp-library-message" role="alert">This article is no longer in your library.</p>}
      {saved.state === 'failed' && <p class="cp-library-message" role="alert">The library could not be read: {String(saved.error)}</p>}
      <iframe
        ref={frame}
        class="cp-reading-frame"
        title={article?.entry.title ?? 'Saved article'}
        src={`/${ARTICLE_FRAME_PAGE}`}
        // Scripts run only so our own frame script can render; no same-origin, so the frame cannot reach this page,
        // the database or any extension API. Links may open new tabs, nothing else.
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
        referrerpolicy="no-referrer"
        hidden={!article}
      />
    </section>
  );
}

// Exports load their code on demand (Turndown, DOMPurify, fflate): opening the library does not need it.
function ArticleActions({ saved, db, onDelete }: { saved: SavedArticle; db: LibraryDatabase; onDelete: (id: string) => void }) {
  const { entry } = saved;
  const stem = fileStem(entry.title);
  return (
    <>
      <button type="button" class="cp-button cp-button-quiet" data-action="toggle-read" aria-pressed={entry.readAt > 0} onClick={() => void markRead(db, entry.id, entry.readAt === 0)}>
        {entry.readAt ? 'Mark unread' : 'Mark read'}
      </button>
      <button type="button" class="cp-button cp-button-quiet" data-action="export-markdown" onClick={() => void import('./export-article.ts').then(({ articleMarkdown }) => downloadFile(`${stem}.md`, articleMarkdown(saved), 'text/markdown'))}>
        Markdown
      </button>
      <button type="button" class="cp-button cp-button-quiet" data-action="export-html" onClick={() => void import('./export-article.ts').then(({ articleHtml }) => downloadFile(`${stem}.html`, articleHtml(saved), 'text/html'))}>
        HTML
      </button>
      <a class="cp-button cp-button-quiet" href={entry.url} target="_blank" rel="noopener noreferrer" data-action="original">
        Original ↗
      </a>
      <button type="button" class="cp-button cp-button-quiet cp-danger" data-action="delete" onClick={() => onDelete(entry.id)}>
        Delete
      </button>
      {entry.imagesSkipped.length > 0 && (
        <span class="cp-reading-note">
          {entry.imagesSkipped.length} {entry.imagesSkipped.length === 1 ? 'image was' : 'images were'} not kept offline
        </span>
      )}
    </>
  );
}

function send(frame: HTMLIFrameElement | null, message: ToFrame): void {
  // The frame's origin is opaque ("null"), so no target origin can name it; the message goes to this frame element's
  // window only, which runs our page (its links open new tabs; it never navigates).
  frame?.contentWindow?.postMessage(message, '*');
}
