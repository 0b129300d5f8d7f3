import { useId } from 'react';

type ProgressBarProps = {
  /** Steps done or current, 1-based. */
  value: number;
  max: number;
  /** Visible and accessible name, e.g. "Stap 2 van 4". */
  label: string;
  /** Shown beside the label, e.g. the step's title. */
  detail?: string;
};

/** A segmented progress bar: one segment per step, filled up to the current one. */
export function ProgressBar({ value, max, label, detail }: ProgressBarProps) {
  const labelId = useId();
  return (
    <div>
      <div className="mb-2 flex items-baseline justify-between gap-3 text-sm">
        <span id={labelId} className="font-semibold text-brand-800">
          {label}
        </span>
        {detail ? <span className="text-stone-600">{detail}</span> : null}
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={detail ? `${label}: ${detail}` : label}
        className="flex gap-1.5"
      >
        {Array.from({ length: max }, (_, i) => (
          <span
            key={i}
            className={`h-2 flex-1 rounded-full ${i < value ? 'bg-brand-600' : 'bg-stone-300'}`}
          />
        ))}
      </div>
    </div>
  );
}
