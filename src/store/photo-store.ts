import { createStore } from 'zustand/vanilla';
import type { PhotoSpec } from '../core/photo-spec';
import type { PreferenceStorage } from '../platform/preferences';
import { createAdjustHistorySlice } from './adjust-history';
import { createComplianceSlice } from './compliance-slice';
import { createDocumentSlice } from './document-slice';
import { widenMatteWhenNeeded } from './matte-widening';
import { createOfflineSlice } from './offline-slice';
import { createPhotoPipelineSlice, type PhotoRun } from './photo-pipeline-slice';
import type { PipelineServices } from './pipeline-services';
import { createSheetSlice } from './sheet-slice';
import type { PhotoStore, StoreState } from './store-state';

/**
 * The one store, made of slices (each in its own file): the photo pipeline, the document choice, the print
 * sheet, compliance, undo/redo and offline use; it widens the current photo's matte when a change needs it.
 */
export function createPhotoStore(services: PipelineServices, initialSpec: PhotoSpec, preferences: PreferenceStorage): PhotoStore {
  const run: PhotoRun = { controller: null, widenings: 0 };
  const store = createStore<StoreState>()((set, get, api) => ({
    ...createDocumentSlice(set, get, preferences),
    ...createSheetSlice(set, get),
    ...createComplianceSlice(set, get, api, services),
    ...createAdjustHistorySlice(set),
    ...createOfflineSlice(set, services, services.offline),
    ...createPhotoPipelineSlice(set, get, services, initialSpec, run),
  }));
  widenMatteWhenNeeded(store, services, run);
  return store;
}
