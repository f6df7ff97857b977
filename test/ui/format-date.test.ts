import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format-date.ts';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('formatDate', () => {
  it('shows a date without a time as that day, west of Greenwich too', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2023-01-07', 'en-GB')).toBe('7 January 2023');
    expect(formatDate('2023 Jan 7', 'en-GB')).toBe('7 January 2023');
    expect(formatDate('2024-06', 'en-GB')).toBe('June 2024');
  });

  it('shows a time in the reader’s own day, a bare year as a year, and text it cannot read as it is', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2024-12-07T02:00:00Z', 'en-GB')).toBe('6 December 2024');
    expect(formatDate('2020', 'en-GB')).toBe('2020');
    expect(formatDate('Spring issue', 'en-GB')).toBe('Spring issue');
    expect(formatDate('', 'en-GB')).toBe('');
  });
});
