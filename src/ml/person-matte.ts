import type { PersonMatte } from '../core/face/face-landmarks';
import { assetUrls } from './asset-urls';
import { matteResponseSchema, type MatteResponse } from './matte-protocol';
import { WorkerClient } from './worker-client';

/**
 * The model always runs at 1024×1024 (DESIGN.md) and the library scales its mask back to the input's size.
 * Sending every photo at 1024 px on the long side (down- or up-scaled) keeps the mask's full precision for
 * small photos and avoids transferring large ones.
 */
const MATTE_LONG_SIDE_PX = 1024;

export interface MatteProgress {
  readonly stage: 'download' | 'inference';
  readonly fraction: number;
}

export class PersonMatteService {
  private readonly client: WorkerClient<MatteResponse>;
  private nextId = 1;

  constructor() {
    const worker = new Worker(new URL('./matte.worker.ts', import.meta.url), { name: 'person-matte' });
    this.client = new WorkerClient(worker, matteResponseSchema, 'person-matte');
  }

  /** Starts fetching the model so the first photo does not wait for the download. */
  preload(): void {
    this.client.post({ type: 'preload', publicPath: assetUrls.imglyPublicPath() });
  }

  async segment(source: ImageBitmap, onProgress: (p: MatteProgress) => void, signal?: AbortSignal): Promise<PersonMatte & { ms: number }> {
    const scale = MATTE_LONG_SIDE_PX / Math.max(source.width, source.height);
    const width = Math.max(1, Math.round(source.width * scale));
    const height = Math.max(1, Math.round(source.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, width, height);
    const rgba = new Uint8Array(ctx.getImageData(0, 0, width, height).data.buffer);
    const id = this.nextId++;
    const off = this.client.on((m) => {
      if (m.type === 'progress' && (m.id === id || m.id === null)) onProgress({ stage: m.stage, fraction: m.fraction });
    });
    try {
      const reply = this.client.waitFor((m) => {
        if (m.type === 'result' && m.id === id) return m;
        if (m.type === 'error' && (m.id === id || m.id === null)) throw new Error(m.message);
        return undefined;
      }, signal);
      this.client.post({ type: 'segment', id, publicPath: assetUrls.imglyPublicPath(), width, height, rgba }, [rgba.buffer]);
      const result = await reply;
      return { width, height, alpha: result.alpha, sourcePxPerMattePx: source.width / width, ms: result.ms };
    } finally {
      off();
    }
  }
}
