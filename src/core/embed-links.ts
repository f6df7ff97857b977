import { normalizeText } from './normalize-text.ts';

/**
 * Links in place of embedded players. The cleaned article shows no frames (a frame is another site's page, with its
 * scripts and its tracking), so a video the story shows ("watch the interview below") would vanish without a trace;
 * instead the reader gets a link to it on its own site, named by the frame's title. Only players of known video and
 * audio sites (other frames are ads, maps of the office, sign-up forms and trackers), and the page's own video and
 * audio files, which the cleaned article does not play either.
 *
 * The players' frames stay in extraction's copy (their addresses made absolute, as every link's) until its last step, so that Readability keeps them where they
 * stand (it keeps a video's frame, and the block around it, by the address in `PLAYERS`); the links replace them
 * just before sanitizing.
 */
export function linkPlayers(root: Element): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll('iframe, lite-youtube, video, audio'))) {
    const player = el.localName === 'lite-youtube' ? liteYoutube(el) : el.localName === 'iframe' ? playerOf(frameUrl(el, doc.baseURI)) : mediaFile(el, doc.baseURI);
    if (!player) {
      el.remove();
      continue;
    }
    const link = linkTo(player, el, doc);
    // Where the player stood inside a link (a thumbnail linking to the video's page), the link to the video takes
    // that link's place: a link inside a link is not HTML, and would come back different when shown. In a block of
    // its own it is a paragraph; inside a line of text, a link in the line.
    const around = el.parentElement?.closest('a');
    if (around && root.contains(around)) around.replaceWith(asBlock(link, around.parentElement, doc));
    else el.replaceWith(asBlock(link, el.parentElement, doc));
  }
}

/** The link as a paragraph where its parent holds blocks, as it is inside a paragraph, a heading or a line. */
function asBlock(link: Element, parent: Element | null, doc: Document): Element {
  if (parent && !FLOW_PARENTS.has(parent.tagName.toUpperCase())) return link;
  const p = doc.createElement('p');
  p.append(link);
  return p;
}
const FLOW_PARENTS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'ASIDE', 'FIGURE', 'BLOCKQUOTE', 'LI', 'TD', 'TH', 'DD', 'DETAILS', 'HEADER', 'FOOTER']);

/**
 * An embedded Instagram post (`<blockquote class="instagram-media" data-instgrm-permalink>`) as a link to the post,
 * on extraction's copy before Readability reads it. Without Instagram's script the quotation holds only empty boxes
 * and links ("View this post on Instagram"), which Readability takes for clutter, leaving a bare quotation bar.
 */
export function linkInstagramPosts(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll('blockquote[data-instgrm-permalink]'))) {
    let url: URL;
    try {
      url = new URL(quote.getAttribute('data-instgrm-permalink') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' || !/^(www\.)?instagram\.com$/.test(url.hostname)) continue;
    // Instagram's own markup names the account: "A post shared by Harbour Cafe (@harbourcafe)".
    const by = /A post shared by (.+)$/i.exec(normalizeText(quote.textContent).replace(/\s*View this post on Instagram\s*/i, ' ').trim())?.[1];
    const a = doc.createElement('a');
    a.setAttribute('href', `${url.origin}${url.pathname}`);
    a.textContent = by ? `Instagram post by ${by}` : 'Instagram post';
    quote.replaceWith(asBlock(a, quote.parentElement, doc));
  }
}

/** Whether an element of the page is a known player's frame: the one kind of frame a copy of the page keeps. */
export function isPlayer(el: Element, base: string): boolean {
  return el.tagName === 'IFRAME' && !!playerOf(frameUrl(el, base));
}

/** Readability's `allowedVideoRegex`: its own list of video sites, and the audio players this module links. */
export const PLAYERS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv|embed\.ted\.com|open\.spotify\.com\/embed|w\.soundcloud\.com\/player)/i;

interface Player {
  kind: 'Video' | 'Audio';
  site: string;
  url: string;
}

/** "▶ Video: the frame's title (YouTube)"; players' default titles ("YouTube video player") name no video. */
function linkTo(player: Player, el: Element, doc: Document): Element {
  const title = normalizeText(el.getAttribute('title') || el.getAttribute('aria-label') || el.getAttribute('playlabel')).replace(/^Play:\s*/i, '');
  const named = title && !GENERIC_TITLE.test(title) ? `${player.kind}: ${title} (${player.site})` : `${player.kind} on ${player.site}`;
  const a = doc.createElement('a');
  a.setAttribute('href', player.url);
  a.textContent = `▶ ${named}`;
  return a;
}
const GENERIC_TITLE = /\b(youtube|vimeo|dailymotion|spotify|soundcloud|ted|player|embed(ded)?|iframe|video|audio)\b/i;

/** The frame's address, lazy-loaded ones included (`data-src` until a script swaps it in). */
function frameUrl(el: Element, base: string): URL | null {
  const src = [el.getAttribute('src'), el.getAttribute('data-src'), el.getAttribute('data-lazy-src')].find((value) => value && !/^\s*(about|javascript|data):/i.test(value));
  if (!src) return null;
  try {
    return new URL(src, base);
  } catch {
    return null;
  }
}

/** The page a known player shows, on its own site: what the reader opens instead of the frame. */
function playerOf(url: URL | null): Player | null {
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname;
  let m: RegExpMatchArray | null;
  if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && (m = path.match(/^\/embed\/([\w-]{6,})/))) {
    return { kind: 'Video', site: 'YouTube', url: `https://www.youtube.com/watch?v=${m[1]}` };
  }
  if (host === 'player.vimeo.com' && (m = path.match(/^\/video\/(\d+)/))) return { kind: 'Video', site: 'Vimeo', url: `https://vimeo.com/${m[1]}` };
  if (host === 'dailymotion.com' && (m = path.match(/^\/embed\/video\/(\w+)/))) {
    return { kind: 'Video', site: 'Dailymotion', url: `https://www.dailymotion.com/video/${m[1]}` };
  }
  if (host === 'player.twitch.tv' && /^v?\d+$/.test(url.searchParams.get('video') ?? '')) {
    return { kind: 'Video', site: 'Twitch', url: `https://www.twitch.tv/videos/${url.searchParams.get('video')!.replace(/^v/, '')}` };
  }
  if (host === 'embed.ted.com' && (m = path.match(/^\/talks\/([\w-]+)/))) return { kind: 'Video', site: 'TED', url: `https://www.ted.com/talks/${m[1]}` };
  if (host === 'open.spotify.com' && (m = path.match(/^\/embed(?:-podcast)?\/(track|episode|show|album|playlist)\/(\w+)/))) {
    return { kind: 'Audio', site: 'Spotify', url: `https://open.spotify.com/${m[1]}/${m[2]}` };
  }
  if (host === 'w.soundcloud.com' && path.startsWith('/player')) {
    // The API's address of a track (`api.soundcloud.com/tracks/123`) is no page a reader can open.
    const track = url.searchParams.get('url');
    if (track && /^https:\/\/soundcloud\.com\//.test(track)) return { kind: 'Audio', site: 'SoundCloud', url: track };
  }
  return null;
}

/**
 * A `<video>` or `<audio>` of the page's own, with controls: the browser plays its file when the link opens it. One
 * without controls plays by itself, muted and looping, as a moving backdrop or an animation: a link to it would be a
 * row of "▶ Video" lines on a shop's or a studio's page. One whose source a script sets (a `blob:` stream, no `src`
 * at all) leaves nothing to link.
 */
function mediaFile(el: Element, base: string): Player | null {
  if (!el.hasAttribute('controls')) return null;
  const src = el.getAttribute('src') || Array.from(el.querySelectorAll('source')).map((source) => source.getAttribute('src')).find(Boolean);
  if (!src) return null;
  try {
    const url = new URL(src, base);
    if (!/^https?:$/.test(url.protocol)) return null;
    return { kind: el.localName === 'audio' ? 'Audio' : 'Video', site: url.hostname.replace(/^www\./, ''), url: url.href };
  } catch {
    return null;
  }
}

/** `<lite-youtube videoid="…">`: a placeholder that a script turns into YouTube's frame when clicked. */
function liteYoutube(el: Element): Player | null {
  const id = el.getAttribute('videoid') ?? '';
  return /^[\w-]{6,}$/.test(id) ? { kind: 'Video', site: 'YouTube', url: `https://www.youtube.com/watch?v=${id}` } : null;
}
