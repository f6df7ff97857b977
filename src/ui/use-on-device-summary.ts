import { useEffect, useState } from 'preact/hooks';

/**
 * Chrome's on-device Summarizer (https://developer.chrome.com/docs/ai/summarizer-api), offered only where the
 * browser reports it `available`: never downloaded on the reader's behalf, never required.
 */
interface SummarizerApi {
  availability(): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: { type: 'key-points'; format: 'plain-text'; length: 'short' }): Promise<{ summarize(text: string): Promise<string>; destroy(): void }>;
}

function summarizerApi(): SummarizerApi | undefined {
  return (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
}

export type OnDeviceState = { status: 'unavailable' | 'ready' | 'working' } | { status: 'done'; points: string[] } | { status: 'failed'; message: string };

export function useOnDeviceSummary(text: string): [OnDeviceState, () => void] {
  const [state, setState] = useState<OnDeviceState>({ status: 'unavailable' });

  useEffect(() => {
    let live = true;
    summarizerApi()
      ?.availability()
      .then((availability) => live && availability === 'available' && setState({ status: 'ready' }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const run = (): void => {
    const api = summarizerApi();
    if (!api) return;
    setState({ status: 'working' });
    api
      .create({ type: 'key-points', format: 'plain-text', length: 'short' })
      .then(async (summarizer) => {
        try {
          const result = await summarizer.summarize(text.slice(0, 20000));
          const points = result.split('\n').map((line) => line.replace(/^[\s*•-]+/, '').trim()).filter(Boolean);
          setState({ status: 'done', points });
        } finally {
          summarizer.destroy();
        }
      })
      .catch((error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));
  };
  return [state, run];
}
