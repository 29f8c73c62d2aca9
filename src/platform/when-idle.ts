/**
 * Runs `task` when the main thread is idle, and at the latest after `timeoutMs`; returns a cancel function.
 * Safari has no requestIdleCallback: there a timer stands in (after the current frame's work).
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
