import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file at `path`. With UPDATE_GOLDEN=1 it writes the file instead; review the
 * diff of every golden file you regenerate: it is the expected output, checked by a person.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI) throw new Error(`golden file missing in CI: ${path}`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) return;
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const line = expectedLines.findIndex((text, i) => text !== actualLines[i]);
  const at = line === -1 ? expectedLines.length : line;
  expect.fail(
    `${path} differs first at line ${at + 1}:\n  expected: ${JSON.stringify(expectedLines[at])}\n  actual:   ${JSON.stringify(actualLines[at])}\n(run UPDATE_GOLDEN=1 npm run test:unit and review the diff if the change is intended)`,
  );
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
