/**
 * The key a saved article is stored under: its address without the fragment and without tracking parameters, so
 * saving the same article again (from a link with `#comments` or `?utm_source=…`) updates it instead of making a
 * duplicate. Returns null for addresses that cannot be saved (not http or https).
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga)$/i;

export function articleKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}
