import { openLibrary } from '../storage/library-db.ts';
import { interruptedSaves } from '../storage/save-to-library.ts';
import { downloadImages } from './download-images.ts';

/**
 * Finishes image downloads that a stopped service worker left half-way (Chrome stops an idle worker after 30 s,
 * and may stop a busy one). Runs whenever the worker starts; the articles themselves were stored before any download.
 */
export async function resumeImageDownloads(): Promise<void> {
  const db = openLibrary();
  for (const entry of await interruptedSaves(db)) await downloadImages(db, entry);
}
