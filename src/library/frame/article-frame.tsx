import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isToFrame, type FromFrame, type ToFrame } from '../../messaging/frame-protocol.ts';
import { ReaderView } from '../../ui/reader-view.tsx';
import '../../ui/article.css';
import '../../ui/reader-view.css';
import './article-frame.css';

/**
 * Runs inside the sandboxed frame that shows one saved article. The frame's origin is opaque: it has no extension
 * APIs and cannot open the library's database, and the extension CSP allows no inline script, so even markup that
 * got past both sanitizer passes could neither run nor reach anything. It only renders what the library sends it.
 */
const post = (message: FromFrame) => window.parent.postMessage(message, '*');

function ArticleFrame() {
  const [shown, setShown] = useState<Extract<ToFrame, { type: 'show' }> | null>(null);
  const [imageUrls, setImageUrls] = useState(new Map<string, string>());

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isToFrame(event.data)) return;
      const message = event.data;
      if (message.type === 'show') {
        setImageUrls((old) => {
          old.forEach((url) => URL.revokeObjectURL(url));
          return new Map(message.images.map((image) => [image.url, URL.createObjectURL(new Blob([image.bytes], { type: image.type }))]));
        });
        setShown(message);
      } else {
        setShown((current) => current && { ...current, settings: message.settings });
      }
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && post({ type: 'close' });
    window.addEventListener('message', onMessage);
    window.addEventListener('keydown', onKey);
    post({ type: 'ready' });
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  if (!shown) return null;
  const { article, settings } = shown;
  return (
    <ReaderView
      article={article}
      settings={settings}
      onChange={(changes) => {
        setShown({ ...shown, settings: { ...settings, ...changes } });
        post({ type: 'change', changes });
      }}
      onClose={() => post({ type: 'close' })}
      onBody={(body) => pointAtStoredCopies(body, imageUrls)}
      footer={
        <>
          Saved copy from{' '}
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.siteName || new URL(article.url).hostname}
          </a>{' '}
          · Esc goes back to the library
        </>
      }
    />
  );
}

/**
 * Points each image at its stored copy, so the article reads the same offline; images that were not stored load
 * from the site, without a referrer. Every link opens a new tab: the frame itself never navigates away.
 */
function pointAtStoredCopies(body: HTMLElement, imageUrls: Map<string, string>): void {
  for (const image of Array.from(body.querySelectorAll('img'))) {
    const stored = imageUrls.get(image.getAttribute('src') ?? '');
    if (stored) {
      image.removeAttribute('srcset');
      image.removeAttribute('sizes');
      image.src = stored;
    }
    image.referrerPolicy = 'no-referrer';
  }
  for (const link of Array.from(body.querySelectorAll('a[href]'))) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

render(<ArticleFrame />, document.getElementById('app')!);
