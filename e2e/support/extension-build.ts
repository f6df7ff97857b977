import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/**
 * The built extension as a user installs it, except that its manifest already lists the fixture server's host.
 * That stands in for the user's click on "Detect articles on every site" (a permission prompt that no test can
 * click); the service worker then finds the access at start-up and registers detection, exactly as after a grant.
 */
export function prepareExtension(target: string, hosts: string[] = ['http://127.0.0.1/*'], change: (manifest: Record<string, unknown>) => void = () => undefined): string {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(DIST, target, { recursive: true });
  const manifestPath = join(target, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  change(manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return target;
}
