import type { LibraryEntry } from '../storage/library-schema.ts';
import { formatDate } from '../ui/format-date.ts';

/** The saved articles, one row each: what it is, where from, when saved, whether read, and what to do with it. */
export function ArticleList(props: {
  rows: LibraryEntry[];
  onOpen: (id: string) => void;
  onToggleRead: (entry: LibraryEntry) => void;
  onDelete: (id: string) => void;
}) {
  return (
    <ol class="cp-library-list">
      {props.rows.map((entry) => (
        <li key={entry.id} class="cp-library-row" data-read={entry.readAt > 0} data-id={entry.id}>
          <div class="cp-row-text">
            <h2 class="cp-row-title">
              <a
                href={`#article=${encodeURIComponent(entry.id)}`}
                onClick={(event) => {
                  event.preventDefault();
                  props.onOpen(entry.id);
                }}
              >
                <bdi>{entry.title}</bdi>
              </a>
            </h2>
            <p class="cp-row-meta">
              <bdi class="cp-row-site">{entry.siteName}</bdi>
              {entry.byline && <bdi class="cp-row-byline">{entry.byline}</bdi>}
              <span>{entry.readingMinutes} min read</span>
              <span>Saved {formatDate(new Date(entry.savedAt).toISOString())}</span>
              {entry.readAt > 0 && <span class="cp-row-read">Read</span>}
            </p>
            {entry.excerpt && (
              <p class="cp-row-excerpt">
                <bdi>{entry.excerpt}</bdi>
              </p>
            )}
          </div>
          <div class="cp-row-actions">
            <button type="button" class="cp-button cp-button-quiet" data-action="toggle-read" onClick={() => props.onToggleRead(entry)} aria-label={`${entry.readAt ? 'Mark unread' : 'Mark read'}: ${entry.title}`}>
              {entry.readAt ? 'Mark unread' : 'Mark read'}
            </button>
            <a class="cp-button cp-button-quiet" href={entry.url} target="_blank" rel="noopener noreferrer" data-action="original" aria-label={`Original page: ${entry.title}`}>
              Original ↗
            </a>
            <button type="button" class="cp-button cp-button-quiet cp-danger" data-action="delete" onClick={() => props.onDelete(entry.id)} aria-label={`Delete: ${entry.title}`}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
