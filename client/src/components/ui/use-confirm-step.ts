import { useEffect, useId, useRef, useState } from 'react';

/**
 * An inline "are you sure?" step: opening it moves focus to its heading, cancelling (not while
 * the action is pending) returns focus to the button that opened it. Used where something is
 * erased for good.
 */
export function useConfirmStep(pending: boolean) {
  const [confirming, setConfirming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);
  const headingId = useId();
  const textId = useId();

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openButton.current?.focus();
    }
  }, [confirming]);

  const open = () => setConfirming(true);
  const cancel = () => {
    if (pending) return;
    returnFocus.current = true;
    setConfirming(false);
  };

  return { confirming, open, cancel, openButton, confirmHeading, headingId, textId };
}
