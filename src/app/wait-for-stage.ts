import type { PhotoStore, StoreState } from '../store/store-state';

/** Resolves once `reached` holds for the store's state (at once when it already does). */
export function waitForState(store: PhotoStore, reached: (state: StoreState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (reached(store.getState())) return resolve();
    const off = store.subscribe((state) => {
      if (reached(state)) {
        off();
        resolve();
      }
    });
  });
}

/** Resolves once the pipeline has settled: the photo is ready, or it was refused and the store is idle again. */
export function waitForSettled(store: PhotoStore): Promise<void> {
  return waitForState(store, (state) => state.stage === 'ready' || state.stage === 'idle');
}
