import { describe, expect, test } from 'vitest';
import { BATCH_BUDGET_MS, batchSizer } from './batch-sizer.ts';

describe('batchSizer', () => {
  test('on SQLite, halves down to its minimum while a batch runs over the budget', () => {
    const sizer = batchSizer('sqlite', { start: 10, max: 50 });
    const sizes = [sizer.size];
    for (let i = 0; i < 6; i++) {
      sizer.took(BATCH_BUDGET_MS * 3);
      sizes.push(sizer.size);
    }
    expect(sizes).toEqual([10, 5, 2, 1, 1, 1, 1]);
    const export_ = batchSizer('sqlite', { start: 100, min: 20, max: 500 });
    for (let i = 0; i < 6; i++) export_.took(BATCH_BUDGET_MS * 3);
    expect(export_.size).toBe(20);
  });

  test('grows back, up to its maximum, while batches take less than half the budget', () => {
    const sizer = batchSizer('sqlite', { start: 10, max: 50 });
    sizer.took(BATCH_BUDGET_MS * 3);
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      sizer.took(BATCH_BUDGET_MS / 4);
      sizes.push(sizer.size);
    }
    expect(sizes.slice(0, 4)).toEqual([7, 9, 12, 15]);
    expect(sizes.at(-1)).toBe(50);
  });

  test('keeps its size within the budget, and starts within its bounds', () => {
    const sizer = batchSizer('sqlite', { start: 10, max: 50 });
    sizer.took(BATCH_BUDGET_MS * 0.75);
    expect(sizer.size).toBe(10);
    expect(batchSizer('sqlite', { start: 10, max: 3 }).size).toBe(3);
  });

  test('on PostgreSQL a statement does not hold the event loop: always the maximum', () => {
    const sizer = batchSizer('postgresql', { start: 10, max: 50 });
    expect(sizer.size).toBe(50);
    sizer.took(BATCH_BUDGET_MS * 30);
    expect(sizer.size).toBe(50);
  });
});
