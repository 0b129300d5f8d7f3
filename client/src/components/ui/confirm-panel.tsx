import type { ReactNode, RefObject } from 'react';

type ConfirmPanelProps = {
  /** From useConfirmStep: the ids, the heading that takes focus, and cancel (also on Escape). */
  headingId: string;
  textId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCancel: () => void;
  heading: string;
  /** The heading's level in the page's outline. */
  headingLevel?: 'h3' | 'h4';
  /** What goes, and that it is final. */
  text: string;
  /** Said (role="alert") when the last attempt failed. */
  failure?: string | null;
  className?: string;
  /** The buttons: confirm and cancel. */
  children: ReactNode;
};

/** The open confirm step of a useConfirmStep: a red panel, named by its heading and described by its text. */
export function ConfirmPanel({
  headingId,
  textId,
  headingRef,
  onCancel,
  heading,
  headingLevel: Heading = 'h3',
  text,
  failure,
  className = '',
  children,
}: ConfirmPanelProps) {
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      className={`rounded-xl border-2 border-red-700 bg-red-50 p-4 ${className}`}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold break-words text-red-900">
        {heading}
      </Heading>
      <p id={textId} className="mt-1 text-stone-900">
        {text}
      </p>
      {failure ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {failure}
        </p>
      ) : null}
      {children}
    </div>
  );
}
