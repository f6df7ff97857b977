/** A published time as the reader's locale writes a date ("11 September 2018"); the raw text if unparseable. */
export function formatDate(value: string, locale?: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
