import { useEffect, useMemo, useState } from 'preact/hooks';
import { openLibrary } from '../storage/library-db.ts';
import type { LibraryEntry } from '../storage/library-schema.ts';
import { librarySites, queryLibrary, type LibrarySort } from '../storage/query-library.ts';
import { markRead } from '../storage/read-saved.ts';
import { removeFromLibrary, restoreToLibrary, type RemovedArticle } from '../storage/remove-from-library.ts';
import { ArticleList } from './article-list.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { LibraryFilters } from './library-filters.tsx';
import { ReadingPane } from './reading-pane.tsx';
import { UndoDelete } from './undo-delete.tsx';
import { useLiveQuery } from './use-live-query.ts';

const PAGE = 50;

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
  const sites = useLiveQuery(() => librarySites(db), []);
  const count = useLiveQuery(() => db.entries.count(), []);

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
    setOpenId(id);
  };
  const remove = async (id: string) => {
    const removed = await removeFromLibrary(db, id);
    if (removed) setUndo(removed);
    if (openId === id) open(null);
  };
  const toggleRead = (entry: LibraryEntry) => void markRead(db, entry.id, entry.readAt === 0);

  if (page.state === 'failed') return <LibraryUnavailable error={page.error} />;
  const total = count.state === 'ready' ? count.value : 0;
  return (
    <div class="cp-library" data-state={page.state}>
      <header class="cp-library-header">
        <h1>Your Clearpage library</h1>
        <p class="cp-library-count" aria-live="polite">
          {count.state === 'ready' && `${total} saved ${total === 1 ? 'article' : 'articles'}`}
        </p>
      </header>
      <LibraryFilters search={search} site={site} sort={sort} sites={sites.state === 'ready' ? sites.value : []} onSearch={setSearch} onSite={setSite} onSort={setSort} />
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
              <button type="button" class="cp-button cp-button-quiet cp-more" data-action="more" onClick={() => setLimit(limit + PAGE * 4)}>
                Show more ({page.value.total - page.value.rows.length} left)
              </button>
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
