import type { StoreApi } from 'zustand/vanilla';
import type { PhotoSpec } from '../core/photo-spec';
import type { PreferenceStorage } from '../platform/preferences';
import type { StoreState } from './photo-store';
import { CUSTOM_SPEC_ID, parseCustomSize, type CustomSizeResult } from '../specs';

/** How many recently used documents the picker lists first. */
export const RECENT_DOCUMENTS_SHOWN = 5;

export interface DocumentSlice {
  /** The user's custom size, used when specId is the custom row. */
  readonly customSize: { readonly widthMm: number; readonly heightMm: number } | null;
  /** Most recent first; remembered across visits. */
  readonly recentSpecIds: readonly string[];
  chooseDocument(spec: PhotoSpec): void;
  /** Validates the typed size; on success selects the custom document at that size. */
  chooseCustomSize(widthMm: unknown, heightMm: unknown): CustomSizeResult;
}

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
