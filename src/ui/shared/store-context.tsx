import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PhotoStore, StoreState } from '../../store/store-state';

const StoreContext = createContext<PhotoStore | null>(null);

export function StoreProvider({ store, children }: { store: PhotoStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function usePhotoStoreApi(): PhotoStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider missing');
  return store;
}

export function usePhotoStore<T>(selector: (state: StoreState) => T): T {
  return useStore(usePhotoStoreApi(), selector);
}
