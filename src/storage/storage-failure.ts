/**
 * What went wrong when the browser refused a write: a full disk or quota ("storage-full"), or storage switched off
 * or broken ("storage-denied"). IndexedDB aborts the whole transaction either way, so nothing already saved changes.
 */
export type StorageFailure = 'storage-full' | 'storage-denied';

export function storageFailure(error: unknown): StorageFailure | null {
  const names = new Set<string>();
  for (let current = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; current && depth < 5; current = current.inner as typeof current, depth++) {
    if (typeof current.name === 'string') names.add(current.name);
  }
  if (names.has('QuotaExceededError')) return 'storage-full';
  if (['UnknownError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'SecurityError', 'VersionError', 'AbortError'].some((name) => names.has(name))) return 'storage-denied';
  return null;
}
