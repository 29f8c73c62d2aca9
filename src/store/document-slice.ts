import type { StoreApi } from 'zustand/vanilla';
import type { PreferenceStorage } from '../platform/preferences';
import type { DocumentSlice, StoreState } from './store-state';
import { CUSTOM_SPEC_ID, parseCustomSize } from '../specs';

/** How many recently used documents the picker lists first. */
export const RECENT_DOCUMENTS_SHOWN = 5;

export function createDocumentSlice(
  set: StoreApi<StoreState>['setState'],
  get: StoreApi<StoreState>['getState'],
  preferences: PreferenceStorage,
): DocumentSlice {
  const saved = preferences.load();
  const remember = (specId: string) => {
    const recentSpecIds = [specId, ...get().recentSpecIds.filter((id) => id !== specId)].slice(0, RECENT_DOCUMENTS_SHOWN);
    set({ recentSpecIds });
    preferences.save({ recentSpecIds: [...recentSpecIds], customSize: get().customSize });
  };
  return {
    customSize: saved.customSize,
    recentSpecIds: saved.recentSpecIds.slice(0, RECENT_DOCUMENTS_SHOWN),
    chooseDocument(spec) {
      get().setSpec(spec);
      remember(spec.id);
    },
    chooseCustomSize(widthMm, heightMm) {
      const result = parseCustomSize(widthMm, heightMm);
      if (!result.ok) return result;
      set({ customSize: { widthMm: result.spec.widthMm, heightMm: result.spec.heightMm } });
      get().setSpec(result.spec);
      remember(CUSTOM_SPEC_ID);
      return result;
    },
  };
}
