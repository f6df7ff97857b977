import { CollapsibleSection } from './collapsible-section.tsx';
import { useOnDeviceSummary } from './use-on-device-summary.ts';

/** The local summary, always there; Chrome's on-device summary as an extra the reader may ask for. */
export function SummaryPanel(props: {
  sentences: string[];
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const [onDevice, summarizeOnDevice] = useOnDeviceSummary(props.text);
  if (props.sentences.length === 0) return null;
  return (
    <CollapsibleSection title="Summary" className="cp-summary" open={props.open} onToggle={props.onToggle}>
      <ul class="cp-summary-list" lang={props.lang || undefined} dir={props.dir || undefined}>
        {props.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {onDevice.status === 'ready' && (
        <button type="button" class="cp-button cp-button-quiet" onClick={summarizeOnDevice}>
          Summarize with Chrome’s on-device AI
        </button>
      )}
      {onDevice.status === 'working' && <p class="cp-note" role="status">Summarizing on this device…</p>}
      {onDevice.status === 'done' && (
        <div class="cp-on-device">
          <h3>On-device summary</h3>
          <ul class="cp-summary-list">
            {onDevice.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      )}
      {onDevice.status === 'failed' && <p class="cp-note">Chrome’s summarizer failed: {onDevice.message}</p>}
    </CollapsibleSection>
  );
}
