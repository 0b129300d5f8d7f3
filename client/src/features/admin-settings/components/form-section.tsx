import type { ReactNode } from 'react';

type FormSectionProps = {
  /** The anchor the page's section links point to. */
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
};

/** One titled part of the settings form, a card with a heading the page links to. */
export function FormSection({ id, title, intro, children }: FormSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="scroll-mt-6 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {/* Focusable from script only: a link from elsewhere (the setup checklist) lands here. */}
      <h2 id={headingId} tabIndex={-1} className="scroll-mt-6 text-xl font-semibold text-stone-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 max-w-prose text-stone-700">{intro}</p> : null}
      <div className="mt-5 space-y-6">{children}</div>
    </section>
  );
}
