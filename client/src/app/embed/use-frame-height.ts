import { useEffect, type RefObject } from 'react';

/** What the scan tells the page around its frame; client/public/embed.js listens for it. */
const HEIGHT_MESSAGE = 'delegatiescan:height';
/** What embed.js asks when it arrives after the scan's first message. */
const MEASURE_MESSAGE = 'delegatiescan:measure';

function isMeasureRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === MEASURE_MESSAGE;
}

/**
 * In a frame: tells the page around it how tall the content is, whenever that changes, so
 * embed.js can make the frame exactly that tall (no scroll bar inside the VA's page).
 *
 * The height goes to any parent ('*'): it is no secret, and only the sites the VA listed can be
 * that parent (frame-ancestors). Measure `content`, not the document: the document is at least
 * as tall as the frame, so it could grow with the frame but never shrink.
 */
export function useFrameHeight(content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = content.current;
    if (!element || window.parent === window) return;
    let lastHeight = -1;
    const report = (always: boolean) => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === lastHeight && !always) return;
      lastHeight = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(() => report(false));
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isMeasureRequest(event.data)) report(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [content]);
}
