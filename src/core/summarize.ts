/**
 * Picks the sentences that best cover an article, locally and without a network. News is written top-down, so
 * the score mixes two things: how many of the article's frequent content words a sentence carries (it covers the
 * story) and how early it comes (the lead). Sentences that repeat an already chosen one are passed over, and the
 * chosen ones are returned in article order so the summary reads as prose.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just me more most my no nor not now of off on once only or other our out over own said same say says she ' +
    'should so some such than that the their them then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your told on monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms one two new last week year'
  ).split(' '),
);

export interface SummaryOptions {
  lang?: string;
  /** Fewest and most sentences to return; the count grows with the article's length. */
  min?: number;
  max?: number;
}

export function summarize(paragraphs: string[], options: SummaryOptions = {}): string[] {
  const { lang = 'en', min = 3, max = 5 } = options;
  const sentences = splitSentences(paragraphs, lang);
  if (sentences.length <= min) return sentences.map((s) => s.text);

  const frequency = new Map<string, number>();
  for (const sentence of sentences) for (const word of new Set(sentence.words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const top = Math.max(...frequency.values());

  const scored = sentences.map((sentence, index) => {
    const content = sentence.words.filter((word) => (frequency.get(word) ?? 0) > 1);
    const coverage = content.reduce((sum, word) => sum + (frequency.get(word) ?? 0) / top, 0) / Math.sqrt(sentence.words.length + 1);
    const lead = index === 0 ? 1 : sentence.paragraph === 0 ? 0.6 : 1 / (1 + index / 4);
    const length = sentence.words.length < 6 || sentence.words.length > 55 ? 0.3 : 1;
    return { ...sentence, index, score: (coverage + lead) * length };
  });

  const count = Math.min(max, Math.max(min, Math.round(sentences.length / 7)));
  const chosen: typeof scored = [];
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= count) break;
    if (chosen.some((picked) => overlap(picked.words, candidate.words) > 0.5)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}

interface Sentence {
  text: string;
  words: string[];
  paragraph: number;
}

function splitSentences(paragraphs: string[], lang: string): Sentence[] {
  const segmenter = makeSegmenter(lang);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const parts = segmenter ? Array.from(segmenter.segment(paragraph), (s) => s.segment) : paragraph.split(/(?<=[.!?؟。])\s+/u);
    for (const part of parts) {
      const text = part.trim();
      // Headings and fragments ("WINDOW OF OPPORTUNITY", a dangling quote) are not summary sentences.
      if (text.length < 40 || !/[.!?؟。"”’»)]$/u.test(text)) continue;
      const words = (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((word) => !STOPWORDS.has(word) && word.length > 1);
      sentences.push({ text, words, paragraph: index });
    }
  });
  return sentences;
}

/** Segmenters by language: making one loads locale data, which cost more than summarizing a short article. */
const segmenters = new Map<string, Intl.Segmenter | null>();

function makeSegmenter(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    } catch {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Share of the shorter sentence's words that the other one also has. */
function overlap(a: string[], b: string[]): number {
  const setA = new Set(a);
  const shared = new Set(b.filter((word) => setA.has(word))).size;
  return shared / Math.max(1, Math.min(setA.size, new Set(b).size));
}
