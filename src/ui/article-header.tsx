import type { CleanArticle } from '../core/types.ts';
import { formatDate } from './format-date.ts';

/**
 * Title and the facts a reader looks for before reading: site, categories, byline, date and reading time.
 * The article's own words (title, names, categories) carry the article's language and direction; Clearpage's labels
 * ("By", "min read") stay in the interface's, and `<bdi>` keeps the two from reordering each other.
 */
export function ArticleHeader({ article }: { article: CleanArticle }) {
  const date = formatDate(article.publishedTime);
  const lang = article.lang || undefined;
  const dir = article.dir || undefined;
  return (
    <header class="cp-article-header">
      <p class="cp-kicker">
        <bdi class="cp-site">{article.siteName}</bdi>
        {article.categories.length > 0 && (
          <span class="cp-categories" aria-label="Categories">
            {article.categories.map((category) => (
              <bdi class="cp-category" key={category} lang={lang}>
                {category}
              </bdi>
            ))}
          </span>
        )}
      </p>
      <h1 class="cp-title" lang={lang} dir={dir}>
        {article.title}
      </h1>
      <p class="cp-meta">
        {article.byline && (
          <span class="cp-byline">
            By <bdi lang={lang}>{article.byline}</bdi>
          </span>
        )}
        {date && <time dateTime={article.publishedTime}>{date}</time>}
        <span class="cp-reading-time">{article.readingMinutes} min read</span>
      </p>
    </header>
  );
}
