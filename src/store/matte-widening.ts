import { wideningNeeded, headCropFor } from './matte-coverage';
import type { MatteProgress, PipelineServices } from './pipeline-services';
import { isAbort, type PhotoRun } from './photo-pipeline-slice';
import type { PhotoStore, StoreState } from './store-state';

/**
 * A photo's matte is widened at most this often: each widening takes in everything asked so far, so more would
 * only mean a crown that keeps running into the edge of a photo that goes on above it (a tall hat, say).
 */
export const MAX_MATTE_WIDENINGS = 2;

/** A change that can move a crop outside the matted region: the matte itself, the documents, the points. */
function mayNeedWiderMatte(state: StoreState, previous: StoreState): boolean {
  return (
    state.matte !== previous.matte ||
    state.specId !== previous.specId ||
    state.customSize !== previous.customSize ||
    state.sheetRequests !== previous.sheetRequests ||
    state.corrections !== previous.corrections ||
    state.stage !== previous.stage
  );
}

/**
 * Mattes a wider part of the photo when the current one no longer covers every reachable crop (another
 * document, a mixed sheet, a corrected point). The old matte stays on screen until the new one arrives.
 */
export function widenMatteWhenNeeded(store: PhotoStore, services: PipelineServices, run: PhotoRun): void {
  let widening: Promise<void> | null = null;

  const widenIfNeeded = (): void => {
    const state = store.getState();
    if (widening || state.stage !== 'ready' || !state.photo || !run.controller || run.widenings >= MAX_MATTE_WIDENINGS) return;
    const region = wideningNeeded(state);
    if (!region) return;
    run.widenings++;
    const local = run.controller;
    const photo = state.photo;
    store.setState({ stage: 'matting', matteProgress: { stage: 'inference', fraction: 0, widening: true } });
    const onProgress = (p: MatteProgress): void => {
      if (run.controller === local) store.setState({ matteProgress: { ...p, widening: true } });
    };
    widening = services
      .segmentPerson(photo.bitmap, onProgress, local.signal, headCropFor(state, region))
      .then(
        (matte) => {
          if (run.controller === local && store.getState().photo === photo) store.setState({ matte, stage: 'ready', matteProgress: null });
        },
        (error: unknown) => {
          if (run.controller !== local || isAbort(error)) return;
          console.error('widening the person matte failed', error);
          // The narrower matte stays: crops inside it are right, and the rest is filled with the background.
          store.setState({ stage: 'ready', matteProgress: null });
        },
      )
      .finally(() => {
        widening = null;
        widenIfNeeded();
      });
  };

  store.subscribe((state, previous) => {
    if (mayNeedWiderMatte(state, previous)) widenIfNeeded();
  });
}
