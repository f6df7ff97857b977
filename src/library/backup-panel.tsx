import { useState } from 'preact/hooks';
import { exportBackup, importBackup, MAX_BACKUP_BYTES, parseBackup, type ImportOutcome } from '../storage/library-backup.ts';
import type { LibraryDatabase } from '../storage/library-db.ts';
import { readCatalog } from '../storage/library-index.ts';
import { readSaved, type SavedArticle } from '../storage/read-saved.ts';
import { storageFailure } from '../storage/storage-failure.ts';
import { downloadFile, today } from './download-file.ts';

/**
 * Export everything (a JSON backup that imports back exactly; Markdown or HTML files for other tools) and import a
 * backup. An import is checked whole before anything is written, and says what it did.
 */
export function BackupPanel({ db, count }: { db: LibraryDatabase; count: number }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<{ text: string; ok: boolean }>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await task());
    } catch (error) {
      const failure = storageFailure(error);
      const text =
        failure === 'storage-full'
          ? 'Your browser has no room left for the library. Nothing was imported; everything saved before is unchanged.'
          : failure === 'storage-denied'
            ? 'Your browser refused to write the library (site data may be switched off). Nothing was imported.'
            : `Something went wrong: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      setMessage({ text, ok: false });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      downloadFile(`clearpage-library-${today()}.json`, await exportBackup(db), 'application/json');
      return { text: `Backup of ${count} ${count === 1 ? 'article' : 'articles'} downloaded.`, ok: true };
    });
  const exportZip = (format: 'markdown' | 'html') =>
    run(async () => {
      const ids = (await readCatalog(db)).rows.sort((a, b) => b.savedAt - a.savedAt).map((row) => row.id);
      const articles = (await Promise.all(ids.map((id) => readSaved(db, id)))).filter((saved): saved is SavedArticle => saved !== undefined);
      // Loaded on demand: the Markdown and zip code (Turndown, DOMPurify, fflate) is not needed to open the library.
      const { zipArticles } = await import('./export-article.ts');
      downloadFile(`clearpage-library-${format}-${today()}.zip`, zipArticles(articles, format) as Uint8Array<ArrayBuffer>, 'application/zip');
      return { text: `${articles.length} ${format === 'markdown' ? 'Markdown' : 'HTML'} files downloaded in one zip.`, ok: true };
    });
  const importFile = (file: File) =>
    run(async () => {
      if (file.size > MAX_BACKUP_BYTES) return { text: `This file is too large to be a Clearpage backup (${Math.round(file.size / 1024 / 1024)} MB). Nothing was imported.`, ok: false };
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) return { text: parsed.message, ok: false };
      return { text: importSummary(await importBackup(db, parsed.backup)), ok: true };
    });

  return (
    <details class="cp-backup">
      <summary>Export and import</summary>
      <div class="cp-backup-body">
        <p>Your library stays in this browser. Keep a copy, or take it to another tool:</p>
        <div class="cp-backup-buttons">
          <button type="button" class="cp-button" data-action="export-json" disabled={busy || count === 0} onClick={() => void exportJson()}>
            Backup (JSON)
          </button>
          <button type="button" class="cp-button cp-button-quiet" data-action="export-markdown-all" disabled={busy || count === 0} onClick={() => void exportZip('markdown')}>
            All as Markdown (zip)
          </button>
          <button type="button" class="cp-button cp-button-quiet" data-action="export-html-all" disabled={busy || count === 0} onClick={() => void exportZip('html')}>
            All as HTML (zip)
          </button>
        </div>
        <label class="cp-import">
          Import a backup:{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        {message && (
          <p class="cp-backup-message" role={message.ok ? 'status' : 'alert'} data-ok={message.ok}>
            {message.text}
          </p>
        )}
      </div>
    </details>
  );
}

function importSummary(outcome: ImportOutcome): string {
  const parts = [
    outcome.added && `${outcome.added} new`,
    outcome.replaced && `${outcome.replaced} replaced by the backup's newer copy`,
    outcome.unchanged && `${outcome.unchanged} already in your library, unchanged`,
    outcome.keptNewer && `${outcome.keptNewer} kept as they are (your copy is newer)`,
  ].filter(Boolean);
  const total = outcome.added + outcome.replaced + outcome.unchanged + outcome.keptNewer;
  if (total === 0) return 'The backup holds no articles. Nothing changed.';
  return `Imported ${total} ${total === 1 ? 'article' : 'articles'}: ${parts.join(', ')}.`;
}
