import { useEffect, useRef, useState } from 'preact/hooks';

export type ReadAloudState = 'idle' | 'playing' | 'paused';

/**
 * Reads the article aloud with the browser's speech synthesis, one block at a time, so the block being read can be
 * highlighted and the reader can follow along. Stops when the component unmounts (the reader closes).
 */
export function useReadAloud(getBlocks: () => HTMLElement[], lang: string) {
  const [state, setState] = useState<ReadAloudState>('idle');
  const [current, setCurrent] = useState<HTMLElement | null>(null);
  const [problem, setProblem] = useState('');
  const session = useRef(0);

  useEffect(() => () => stopSpeaking(session), []);
  useEffect(() => {
    current?.classList.add('cp-reading');
    current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return () => current?.classList.remove('cp-reading');
  }, [current]);

  const speakFrom = (blocks: HTMLElement[], index: number, id: number): void => {
    if (session.current !== id) return;
    const block = blocks[index];
    if (!block) {
      setState('idle');
      setCurrent(null);
      return;
    }
    setCurrent(block);
    const utterance = new SpeechSynthesisUtterance(block.textContent ?? '');
    if (lang) utterance.lang = lang;
    utterance.onend = () => speakFrom(blocks, index + 1, id);
    utterance.onerror = (event) => {
      if (event.error === 'interrupted' || event.error === 'canceled' || session.current !== id) return;
      // The browser could not speak at all (no voice installed, audio busy): say so instead of skipping ahead.
      stopSpeaking(session);
      setState('idle');
      setCurrent(null);
      setProblem(
        speechSynthesis.getVoices().length === 0
          ? 'Listening needs a speech voice, and this browser has none installed.'
          : `The browser stopped speaking (${event.error}).`,
      );
    };
    speechSynthesis.speak(utterance);
  };

  const play = (): void => {
    if (state === 'paused') {
      speechSynthesis.resume();
      setState('playing');
      return;
    }
    stopSpeaking(session);
    setProblem('');
    session.current += 1;
    const blocks = getBlocks().filter((block) => (block.textContent ?? '').trim());
    setState('playing');
    speakFrom(blocks, 0, session.current);
  };
  const pause = (): void => {
    speechSynthesis.pause();
    setState('paused');
  };
  const stop = (): void => {
    stopSpeaking(session);
    setState('idle');
    setCurrent(null);
  };
  return { state, problem, play, pause, stop };
}

function stopSpeaking(session: { current: number }): void {
  // Session 0 never spoke: touching speechSynthesis would start the platform's speech service for nothing.
  if (session.current === 0) return;
  session.current += 1;
  speechSynthesis.cancel();
}
