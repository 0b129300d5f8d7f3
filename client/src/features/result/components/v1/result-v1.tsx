import type { DelegationResultV1 } from '#shared/schemas/result-v1.ts';
import { CategoryChart } from '../category-chart.tsx';
import { ResultBuckets } from './result-buckets.tsx';
import { ResultFigures } from './result-figures.tsx';
import { SuggestedStart } from './suggested-start.tsx';
import { TrustPlan } from './trust-plan.tsx';

/** A result engine 1.0.0 computed, laid out as it was then: figures, buckets, chart, plan, start. */
export function ResultV1({ result }: { result: DelegationResultV1 }) {
  return (
    <>
      <ResultFigures result={result} />
      <ResultBuckets tasks={result.tasks} />
      <CategoryChart categories={result.categories} />
      <TrustPlan plan={result.trustPlan} />
      <SuggestedStart result={result} />
    </>
  );
}
