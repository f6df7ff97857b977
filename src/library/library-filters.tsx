import type { LibrarySort } from '../storage/query-library.ts';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'newest', label: 'Newest saved' },
  { value: 'oldest', label: 'Oldest saved' },
  { value: 'title', label: 'Title' },
  { value: 'site', label: 'Site' },
];

/** Search as you type, one site or all, and the order of the list. */
export function LibraryFilters(props: {
  search: string;
  site: string;
  sort: LibrarySort;
  sites: string[];
  onSearch: (search: string) => void;
  onSite: (site: string) => void;
  onSort: (sort: LibrarySort) => void;
}) {
  return (
    <div class="cp-library-filters" role="search">
      <label class="cp-field cp-field-search">
        <span>Search</span>
        <input type="search" value={props.search} placeholder="Words in the title or text" autoFocus onInput={(event) => props.onSearch(event.currentTarget.value)} />
      </label>
      <label class="cp-field">
        <span>Site</span>
        <select value={props.site} onChange={(event) => props.onSite(event.currentTarget.value)}>
          <option value="">All sites</option>
          {props.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label class="cp-field">
        <span>Sort by</span>
        <select value={props.sort} onChange={(event) => props.onSort(event.currentTarget.value as LibrarySort)}>
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
