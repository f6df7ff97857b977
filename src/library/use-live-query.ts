import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * The result of a library query, kept current: Dexie re-runs it after any write to what it read, including writes
 * by the service worker or another tab (it broadcasts commits within the extension's origin).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const [result, setResult] = useState<Live<T>>({ state: 'loading' });
  // A layout effect starts the query before the browser paints the empty page, not a frame later.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) => setResult({ state: 'failed', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
