import { createContext, useContext, type ReactNode } from 'react';
import type { LiveLandmarks } from '../../ml/live-landmarks';

/**
 * The adapters the UI drives itself, made by the composition root (app/create-services.ts) so that ui/ never
 * constructs a model worker: today the live landmarks behind the camera's guidance.
 */
export interface UiServices {
  createLiveLandmarks(): LiveLandmarks;
}

const UiServicesContext = createContext<UiServices | null>(null);

export function UiServicesProvider({ services, children }: { services: UiServices; children: ReactNode }) {
  return <UiServicesContext.Provider value={services}>{children}</UiServicesContext.Provider>;
}

export function useUiServices(): UiServices {
  const services = useContext(UiServicesContext);
  if (!services) throw new Error('UiServicesProvider missing');
  return services;
}
