import { describe, expect, it } from 'vitest';
import { linkInstagramPosts, linkPlayers } from '../../src/core/embed-links.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

function linked(html: string): { links: { href: string; text: string }[]; html: string } {
  const root = parseRoot(html, 'https://news.example/story');
  linkPlayers(root);
  const links = Array.from(root.querySelectorAll('a')).map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! }));
  return { links, html: root.innerHTML };
}

describe('linkPlayers', () => {
  it('puts a link to the video, named by the frame, where a YouTube or Vimeo player was', () => {
    const { links, html } = linked('<iframe title="Press conference, 4 March" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"></iframe>');
    expect(links).toEqual([{ href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', text: '▶ Video: Press conference, 4 March (YouTube)' }]);
    expect(html).not.toContain('iframe');
    // A player's default title names the player, not the video; a lazy frame's address waits in data-src;
    // protocol-relative and privacy-mode addresses are the same video.
    expect(linked('<iframe title="vimeo-player" data-src="https://player.vimeo.com/video/76979871?h=8272103f6e" src="about:blank"></iframe>').links).toEqual([
      { href: 'https://vimeo.com/76979871', text: '▶ Video on Vimeo' },
    ]);
    expect(linked('<iframe title="YouTube video player" src="//www.youtube-nocookie.com/embed/abcdefGHIJ1"></iframe>').links).toEqual([
      { href: 'https://www.youtube.com/watch?v=abcdefGHIJ1', text: '▶ Video on YouTube' },
    ]);
    expect(linked('<lite-youtube videoid="abcdefGHIJ1" playlabel="Play: How the budget works"></lite-youtube>').links).toEqual([
      { href: 'https://www.youtube.com/watch?v=abcdefGHIJ1', text: '▶ Video: How the budget works (YouTube)' },
    ]);
  });

  it('puts the link where HTML allows it: in place of a link around the player, inside a line of text', () => {
    expect(linked('<a href="/watch/budget"><iframe title="The budget" src="https://www.youtube.com/embed/abcdefGHIJ1"></iframe></a>').html).toBe(
      '<p><a href="https://www.youtube.com/watch?v=abcdefGHIJ1">▶ Video: The budget (YouTube)</a></p>',
    );
    expect(linked('<p>Watch <iframe src="https://player.vimeo.com/video/76979871"></iframe> now.</p>').html).toBe('<p>Watch <a href="https://vimeo.com/76979871">▶ Video on Vimeo</a> now.</p>');
  });

  it('links podcasts and talks on the sites that host them', () => {
    const { links } = linked(
      '<iframe src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5"></iframe><iframe src="https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fband%2Fsong"></iframe><iframe src="https://embed.ted.com/talks/ken_robinson_do_schools_kill_creativity"></iframe>',
    );
    expect(links.map((link) => link.href)).toEqual([
      'https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5',
      'https://soundcloud.com/band/song',
      'https://www.ted.com/talks/ken_robinson_do_schools_kill_creativity',
    ]);
    expect(links[0]!.text).toBe('▶ Audio on Spotify');
  });

  it('links the page’s own video and audio files that a reader plays, not a backdrop that plays itself', () => {
    const { links, html } = linked(
      '<video controls poster="/media/quay.jpg" src="/media/quay.mp4" title="The flooded quay"></video><audio controls><source src="https://cdn.example/ep1.mp3" type="audio/mpeg"></audio><video controls src="blob:https://news.example/1234"></video><video autoplay muted loop playsinline src="/media/backdrop.mp4"></video>',
    );
    expect(links).toEqual([
      { href: 'https://news.example/media/quay.mp4', text: '▶ Video: The flooded quay (news.example)' },
      { href: 'https://cdn.example/ep1.mp3', text: '▶ Audio on cdn.example' },
    ]);
    expect(html).not.toMatch(/video|audio|blob:/);
  });

  it('leaves no trace of other frames: ads, maps, forms, scripts posing as players', () => {
    const { html } = linked(
      '<p>Text</p><iframe title="Advertisement" src="https://ads.example/slot"></iframe><iframe src="javascript:alert(1)//www.youtube.com/embed/x"></iframe><iframe src="https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F1"></iframe><iframe src="https://evil.example/www.youtube.com/embed/abcdefGHIJ1"></iframe>',
    );
    expect(html).toBe('<p>Text</p>');
  });

  it('makes an embedded Instagram post a link to it, named by its account, and leaves other quotations alone', () => {
    const { document } = parseHtml(
      '<body><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cabc123/"><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/Cabc123/">A post shared by Harbour Cafe (@harbourcafe)</a></p></div></blockquote><blockquote data-instgrm-permalink="javascript:alert(1)"><p>Kept.</p></blockquote><blockquote><p>A quotation.</p></blockquote></body>',
      'https://news.example/story',
    ).window;
    linkInstagramPosts(document);
    expect(document.body.innerHTML).toBe(
      '<p><a href="https://www.instagram.com/p/Cabc123/">Instagram post by Harbour Cafe (@harbourcafe)</a></p><blockquote data-instgrm-permalink="javascript:alert(1)"><p>Kept.</p></blockquote><blockquote><p>A quotation.</p></blockquote>',
    );
  });
});
