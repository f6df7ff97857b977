import type { Detection } from './types.ts';

/**
 * Why a page gives no article, in the words the popup and the reader's notice use: a page with a body of prose that
 * is not a story (documentation, a forum thread, a shop page) is told apart from a page with no body at all (a home
 * page, a list of stories, search results), and both from a page with nothing readable even when read anyway.
 */
export type Refusal = 'not-a-story' | 'not-an-article' | 'empty';

export function refusalOf(result: { reason: 'not-an-article' | 'empty'; detection: Detection }): Refusal {
  if (result.reason === 'empty') return 'empty';
  return result.detection.hasArticleBody ? 'not-a-story' : 'not-an-article';
}
