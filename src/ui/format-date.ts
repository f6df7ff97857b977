/**
 * A published time as the reader's locale writes a date ("11 September 2018"); the raw text if unparseable. A date
 * without a time ("2023-01-07", a paper's "2023 Jan 7") is that calendar day wherever the reader is: read as
 * midnight UTC and shown in local time, it would be the day before west of Greenwich. A bare year or year and month
 * (papers declare "2020") is shown as just that, never as its first day.
 */
export function formatDate(value: string, locale?: string): string {
  const text = value.trim();
  if (/^\d{4}$/.test(text)) return text;
  const date = new Date(text);
  if (!text || Number.isNaN(date.getTime())) return value;
  if (/^\d{4}-\d{2}$/.test(text)) return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
