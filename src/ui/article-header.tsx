import type { CleanArticle } from '../core/types.ts';
import { formatDate } from './format-date.ts';

/** Title and the facts a reader looks for before reading: site, categories, byline, date and reading time. */
export function ArticleHeader({ article }: { article: CleanArticle }) {
  const date = formatDate(article.publishedTime);
  return (
    <header class="cp-article-header" lang={article.lang || undefined} dir={article.dir || undefined}>
      <p class="cp-kicker">
        <span class="cp-site">{article.siteName}</span>
        {article.categories.length > 0 && (
          <span class="cp-categories" aria-label="Categories">
            {article.categories.map((category) => (
              <span class="cp-category" key={category}>
                {category}
              </span>
            ))}
          </span>
        )}
      </p>
      <h1 class="cp-title">{article.title}</h1>
      <p class="cp-meta">
        {article.byline && <span class="cp-byline">By {article.byline}</span>}
        {date && <time dateTime={article.publishedTime}>{date}</time>}
        <span class="cp-reading-time">{article.readingMinutes} min read</span>
      </p>
    </header>
  );
}
