import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INBOX_FILTERS,
  datesOutOfOrder,
  exportCsvHref,
  isFiltered,
  readInboxFilters,
  toInboxQuery,
  writeInboxFilters,
} from './inbox-filters.ts';

describe('inbox filters in the address bar', () => {
  it('reads every filter, in pipeline order and without duplicates', () => {
    const filters = readInboxFilters(
      new URLSearchParams('status=client&status=new,contacted&status=new&from=2026-11-01&to=2026-11-30&q=zoë&sort=name'),
    );
    expect(filters).toEqual({
      statuses: ['new', 'contacted', 'client'],
      from: '2026-11-01',
      to: '2026-11-30',
      q: 'zoë',
      sort: 'name',
    });
  });

  it('drops what the API would refuse', () => {
    expect(readInboxFilters(new URLSearchParams('status=bogus&from=1-11-2026&to=2026-02-31&sort=random'))).toEqual(
      DEFAULT_INBOX_FILTERS,
    );
    expect(readInboxFilters(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(writeInboxFilters(DEFAULT_INBOX_FILTERS).toString()).toBe('');
    const filters = { statuses: ['new', 'archived'] as const, from: '2026-11-01', to: '', q: ' zoe ', sort: 'oldest' as const };
    const written = writeInboxFilters({ ...filters, statuses: [...filters.statuses] });
    expect(written.toString()).toBe('status=new&status=archived&from=2026-11-01&q=zoe&sort=oldest');
    expect(readInboxFilters(written)).toEqual({ ...filters, statuses: ['new', 'archived'], q: 'zoe' });
  });

  it('gives the API and the CSV export the same filters', () => {
    const filters = { ...DEFAULT_INBOX_FILTERS, statuses: ['contacted' as const], q: 'de vries ' };
    expect(toInboxQuery(filters)).toEqual({ status: ['contacted'], q: 'de vries', sort: 'newest' });
    expect(exportCsvHref(filters)).toBe('/api/admin/intakes/export.csv?status=contacted&q=de+vries&sort=newest');
  });

  it('knows when the list is narrowed and when the dates cannot match', () => {
    expect(isFiltered(DEFAULT_INBOX_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_INBOX_FILTERS, sort: 'name' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_INBOX_FILTERS, q: 'x' })).toBe(true);
    expect(datesOutOfOrder({ ...DEFAULT_INBOX_FILTERS, from: '2026-12-01', to: '2026-11-30' })).toBe(true);
    expect(datesOutOfOrder({ ...DEFAULT_INBOX_FILTERS, from: '2026-11-30', to: '2026-11-30' })).toBe(false);
  });
});
