import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/summarize.ts';

const story = [
  'The city council approved a new budget for the river restoration project on Tuesday, ending months of debate.',
  'The river project will remove two concrete culverts and replant the banks with native willows.',
  'Council members said the budget for the river restoration also covers a new footbridge near the market.',
  'Critics argued the money should go to road repairs instead.',
  'Work on the river is expected to start in the spring and last about two years.',
  'WHAT COMES NEXT',
  'Residents can comment on the river restoration plans at the library until the end of the month.',
  'The mayor said the river had been hidden under the street for too long.',
  'Local schools will plant trees along the restored banks as part of a science programme.',
  'A similar project in a neighbouring town doubled the number of birds seen along its river.',
];

describe('summarize', () => {
  it('returns 3–5 whole sentences from the article, in article order, led by the lead', () => {
    const summary = summarize(story);
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    const text = story.join(' ');
    const positions = summary.map((sentence) => text.indexOf(sentence));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(summary[0]).toBe(story[0]);
  });

  it('never picks headings or fragments', () => {
    expect(summarize(story)).not.toContain('WHAT COMES NEXT');
  });

  it('skips a sentence that repeats one already chosen', () => {
    const repeated = [story[0]!, story[0]!.replace('Tuesday', 'Tuesday evening'), ...story.slice(1)];
    const summary = summarize(repeated);
    expect(summary.filter((s) => s.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('returns everything for a very short text, and nothing for no text', () => {
    expect(summarize(['Only one sentence is here, and it is long enough to count.'])).toEqual(['Only one sentence is here, and it is long enough to count.']);
    expect(summarize([])).toEqual([]);
  });

  it('splits sentences in other scripts', () => {
    const arabic = ['افتتحت المدينة محطة جديدة لتحلية المياه تعمل بالطاقة الشمسية يوم الثلاثاء. وقال المسؤولون إن المحطة ستخدم مئة ألف نسمة في المنطقة الساحلية. وتعد المحطة الأولى من نوعها في المنطقة الساحلية كلها.', 'وأضاف المهندسون أن المحطة تنتج المياه دون انبعاثات تذكر طوال العام.'];
    expect(summarize(arabic, { lang: 'ar' }).length).toBeGreaterThanOrEqual(3);
  });
});
