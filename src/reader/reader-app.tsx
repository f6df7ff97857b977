import { useEffect, useState } from 'preact/hooks';
import type { CleanArticle } from '../core/types.ts';
import { sendToBackground } from '../messaging/send-to-background.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings-store.ts';
import { ReaderView } from '../ui/reader-view.tsx';
import { SaveControl } from '../ui/save-control.tsx';

/**
 * Reader mode over the live page: the shared reader view with settings from `storage.sync` (applied at once and
 * followed by every open reader) and a Save button that stores this tab's article in the library.
 */
export function ReaderApp(props: { article: CleanArticle; onClose: () => void; onReady: () => void }) {
  const { article } = props;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void loadSettings().then((stored) => {
      setSettings(stored);
      setLoaded(true);
    });
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    if (loaded) props.onReady();
  }, [loaded]);

  const change = (changes: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...changes }));
    void saveSettings(changes);
  };

  return (
    <ReaderView
      article={article}
      settings={settings}
      onChange={change}
      onClose={props.onClose}
      hidden={!loaded}
      actions={
        <SaveControl
          buttonClass="cp-tool"
          // Always forced: the reader is open, so the reader already chose to treat this page as an article.
          save={() => sendToBackground('saveTab', { force: true })}
          openLibrary={(articleId) => void sendToBackground('openLibrary', { articleId: articleId || undefined })}
        />
      }
      footer={
        <>
          <a href={article.url} onClick={(event) => (event.preventDefault(), props.onClose())}>
            Back to the page
          </a>{' '}
          · Esc closes the reader
        </>
      }
    />
  );
}
