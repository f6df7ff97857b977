import type { RecentPosts } from '../core/types.ts';
import { CollapsibleSection } from './collapsible-section.tsx';

/** The page's own recent-posts list: title links, stamps and excerpts, in page order. Absent when the page has none. */
export function RecentPostsPanel(props: { recent: RecentPosts | null; lang: string; dir: 'ltr' | 'rtl' | ''; open: boolean; onToggle: (open: boolean) => void }) {
  const { recent } = props;
  if (!recent || recent.posts.length === 0) return null;
  return (
    <CollapsibleSection
      title={recent.heading}
      badge={String(recent.posts.length)}
      className="cp-recent-posts"
      open={props.open}
      onToggle={props.onToggle}
    >
      <ol class="cp-recent-list" lang={props.lang || undefined} dir={props.dir || undefined}>
        {recent.posts.map((post) => (
          <li class="cp-recent-item" key={post.url}>
            <a class="cp-recent-title" href={post.url} target="_blank" rel="noopener noreferrer">
              {post.title}
            </a>
            {post.time && (
              <time class="cp-recent-time" dateTime={post.datetime || undefined}>
                {post.time}
              </time>
            )}
            {post.excerpt && <p class="cp-recent-excerpt">{post.excerpt}</p>}
          </li>
        ))}
      </ol>
    </CollapsibleSection>
  );
}
