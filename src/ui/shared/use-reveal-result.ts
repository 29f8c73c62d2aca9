import { useEffect, useRef } from 'react';
import { usePhotoStoreApi } from './store-context';

/** A heading in the top third of the window leaves the result in view below it: no need to scroll. */
const ALREADY_IN_VIEW_SHARE = 1 / 3;

/** Smooth scrolling only for users who have not asked the system to reduce motion. */
function scrollBehaviour(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/**
 * After a photo is picked, the result comes into view by itself and focus moves to its heading, so that a phone
 * user sees the progress and then the preview (which start below the fold) and a screen reader announces where
 * the work goes on. Once, when the work on a new photo starts; a new photo that arrives (the face found) is
 * brought into view again in case the user scrolled away while it was being read. Returns the heading's ref.
 */
export function useRevealResult() {
  const store = usePhotoStoreApi();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const reveal = (focus: boolean) => {
      const el = heading.current;
      if (!el) return;
      // Already near the top of the window (a wide screen): scrolling would only hide the page's header.
      const top = el.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * ALREADY_IN_VIEW_SHARE) el.scrollIntoView({ behavior: scrollBehaviour(), block: 'start' });
      if (focus) el.focus({ preventScroll: true });
    };
    let frame = 0;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.stage === 'decoding' && previous.stage !== 'decoding') reveal(true);
      else if (state.photo !== null && state.photo.id !== previous.photo?.id) {
        // After React has drawn the editor: until then the page may be too short to scroll the heading up.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => reveal(false));
        });
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [store]);
  return heading;
}
