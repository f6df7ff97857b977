import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openLibrary } from '../storage/library-db.ts';
import type { LibraryEntry } from '../storage/library-schema.ts';
import { queryLibrary, type LibrarySort } from '../storage/query-library.ts';
import { markRead } from '../storage/read-saved.ts';
import { removeFromLibrary, restoreToLibrary, type RemovedArticle } from '../storage/remove-from-library.ts';
import { ArticleList } from './article-list.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { LibraryFilters } from './library-filters.tsx';
import { ReadingPane } from './reading-pane.tsx';
import { UndoDelete } from './undo-delete.tsx';
import { useLiveQuery } from './use-live-query.ts';

/** Rows in the first screen (a tall window shows about ten); more load as the reader scrolls, or with "Show more". */
const PAGE = 15;

/**
 * The library page: saved articles newest first, searchable and filterable, each readable offline in the reader
 * view. Everything on screen follows the database live, so a save from another tab appears at once.
 */
export function LibraryApp() {
  const db = useMemo(() => openLibrary(), []);
  const [search, setSearch] = useState('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const [limit, setLimit] = useState(PAGE);
  const [openId, setOpenId] = useState(readHash);
  const [undo, setUndo] = useState<RemovedArticle | null>(null);

  const page = useLiveQuery(() => queryLibrary(db, { search, site, sort, limit }), [search, site, sort, limit]);

  useEffect(() => {
    const onHash = () => setOpenId(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    // Standard User Timing marks: `npm run bench` reads them to time the first screen and each search.
    if (page.state === 'ready') performance.mark('clearpage:library-results', { detail: { search, site, sort, total: page.value.total } });
  }, [page]);
  useEffect(() => setLimit(PAGE), [search, site, sort]);

  const open = (id: string | null) => {
    history.pushState(null, '', id ? `#article=${encodeURIComponent(id)}` : location.pathname);
    const closing = openId;
    setOpenId(id);
    // Back in the list, the keyboard continues from the article just read.
    if (!id && closing) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-id="${CSS.escape(closing)}"] .cp-row-title a`)?.focus());
  };
  const remove = async (id: string) => {
    const removed = await removeFromLibrary(db, id);
    if (removed) setUndo(removed);
    if (openId === id) open(null);
  };
  const toggleRead = (entry: LibraryEntry) => void markRead(db, entry.id, entry.readAt === 0);

  // The site list stays while a new query runs, so the filter does not flicker.
  const lastSites = useRef<string[]>([]);
  if (page.state === 'ready') lastSites.current = page.value.sites;
  const sites = lastSites.current;

  if (page.state === 'failed') return <LibraryUnavailable error={page.error} />;
  const total = page.state === 'ready' ? page.value.all : 0;
  return (
    <div class="cp-library" data-state={page.state}>
      <header class="cp-library-header">
        <h1>Your Clearpage library</h1>
        <p class="cp-library-count" aria-live="polite">
          {page.state === 'ready' && `${total} saved ${total === 1 ? 'article' : 'articles'}`}
        </p>
      </header>
      <LibraryFilters search={search} site={site} sort={sort} sites={sites} onSearch={setSearch} onSite={setSite} onSort={setSort} />
      <main class="cp-library-main" inert={openId !== null}>
        {page.state === 'loading' && <p class="cp-library-message">Opening your library…</p>}
        {page.state === 'ready' && total === 0 && <EmptyLibrary />}
        {page.state === 'ready' && total > 0 && page.value.total === 0 && (
          <p class="cp-library-message" role="status">
            No saved article matches{search && <> “{search}”</>}
            {site && <> on {site}</>}.
          </p>
        )}
        {page.state === 'ready' && page.value.total > 0 && (
          <>
            <p class="cp-library-message" role="status">
              {search || site ? `${page.value.total} ${page.value.total === 1 ? 'match' : 'matches'}` : ''}
            </p>
            <ArticleList rows={page.value.rows} onOpen={open} onToggleRead={toggleRead} onDelete={(id) => void remove(id)} />
            {page.value.rows.length < page.value.total && (
              <ShowMore left={page.value.total - page.value.rows.length} onMore={() => setLimit(limit + PAGE * 4)} />
            )}
          </>
        )}
        <BackupPanel db={db} count={total} />
      </main>
      {openId && <ReadingPane db={db} id={openId} onClose={() => open(null)} onDelete={(id) => void remove(id)} />}
      {undo && (
        <UndoDelete
          title={undo.entry.title}
          onUndo={() => {
            void restoreToLibrary(db, undo);
            setUndo(null);
          }}
          onExpire={() => setUndo(null)}
        />
      )}
    </div>
  );
}

/** "Show more", pressed for the reader when it scrolls into view (and still a button for the keyboard). */
function ShowMore({ left, onMore }: { left: number; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onMore(), { rootMargin: '400px' });
    if (button.current) observer.observe(button.current);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button ref={button} type="button" class="cp-button cp-button-quiet cp-more" data-action="more" onClick={onMore}>
      Show more ({left} left)
    </button>
  );
}

function readHash(): string | null {
  const match = /^#article=(.+)$/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function EmptyLibrary() {
  return (
    <div class="cp-library-empty">
      <h2>Nothing saved yet</h2>
      <p>Save an article with the Save button in the Clearpage popup or in reader mode, with “Save article to Clearpage” in the page’s right-click menu, or with the save shortcut (Alt+Shift+S unless you changed it at chrome://extensions/shortcuts). Saved articles stay on this computer and read offline.</p>
    </div>
  );
}

function LibraryUnavailable({ error }: { error: unknown }) {
  const name = (error as { name?: string } | null)?.name ?? '';
  const text =
    name === 'VersionError' || (error as { inner?: { name?: string } })?.inner?.name === 'VersionError'
      ? 'This library was written by a newer version of Clearpage. Update Clearpage to open it; nothing has been changed.'
      : `Your browser would not open the library (${error instanceof Error ? error.message : String(error)}). Site data may be switched off for extensions. Nothing has been changed.`;
  return (
    <div class="cp-library">
      <p class="cp-library-message" role="alert">
        {text}
      </p>
    </div>
  );
}
