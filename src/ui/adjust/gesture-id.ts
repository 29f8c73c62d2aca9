let next = 1;

/**
 * A fresh id for one user gesture (a slider drag, a photo drag, a held key, a wheel spin): the store joins the
 * edits carrying the same id into one undo step (store/adjust-history.ts).
 */
export function newGestureId(kind: string): string {
  return `${kind}:${next++}`;
}
