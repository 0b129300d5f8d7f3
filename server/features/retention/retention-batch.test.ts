import { describe, expect, test } from 'vitest';
import { ERASE_BATCH_BUDGET_MS, eraseBatchSizer } from './retention.repository.ts';

describe('eraseBatchSizer', () => {
  test('halves down to one intake while a DELETE runs over its budget', () => {
    const sizer = eraseBatchSizer('sqlite', 50);
    const sizes = [sizer.size];
    for (let i = 0; i < 6; i++) {
      sizer.took(ERASE_BATCH_BUDGET_MS * 3);
      sizes.push(sizer.size);
    }
    expect(sizes).toEqual([10, 5, 2, 1, 1, 1, 1]);
  });

  test('grows back, up to its maximum, while DELETEs take less than half the budget', () => {
    const sizer = eraseBatchSizer('sqlite', 50);
    sizer.took(ERASE_BATCH_BUDGET_MS * 3);
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      sizer.took(ERASE_BATCH_BUDGET_MS / 4);
      sizes.push(sizer.size);
    }
    expect(sizes.slice(0, 4)).toEqual([7, 9, 12, 15]);
    expect(sizes.at(-1)).toBe(50);
  });

  test('keeps its size within the budget, and never starts above the maximum', () => {
    const sizer = eraseBatchSizer('sqlite', 50);
    sizer.took(ERASE_BATCH_BUDGET_MS * 0.75);
    expect(sizer.size).toBe(10);
    expect(eraseBatchSizer('sqlite', 3).size).toBe(3);
  });

  test('on PostgreSQL the DELETE does not hold the event loop: always the maximum', () => {
    const sizer = eraseBatchSizer('postgresql', 50);
    expect(sizer.size).toBe(50);
    sizer.took(ERASE_BATCH_BUDGET_MS * 30);
    expect(sizer.size).toBe(50);
  });
});
