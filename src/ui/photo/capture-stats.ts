import type { LiveStats } from '../../ml/live-landmarks';

/** What the camera view reports to scripts/bench-capture.mjs and the e2e tests through window.idPhotoCapture. */
export interface CaptureStats extends LiveStats {
  /** performance.now() when read, so a caller can turn two readings into a rate. */
  readonly atMs: number;
  readonly modelReady: boolean;
  readonly phase: string;
  readonly hint: string | null;
  /** The last frame's checks with their measured values (a read-out for tuning and for the tests' logs). */
  readonly checks: readonly { readonly id: string; readonly status: string; readonly measured: number | null }[];
  readonly videoWidthPx: number;
  readonly videoHeightPx: number;
}

interface CaptureStatsApi {
  stats(): CaptureStats;
}

/** Exposes the open camera view's statistics; returns the function that withdraws them when the view closes. */
export function exposeCaptureStats(read: () => CaptureStats): () => void {
  const target = window as unknown as { idPhotoCapture?: CaptureStatsApi };
  const api: CaptureStatsApi = { stats: read };
  target.idPhotoCapture = api;
  return () => {
    if (target.idPhotoCapture === api) delete target.idPhotoCapture;
  };
}
