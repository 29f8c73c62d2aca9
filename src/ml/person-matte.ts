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

/**
 * A matte normally takes 6–15 s on a 2-core CPU (DESIGN.md; up to ~60 s when the machine is loaded). A worker
 * that has said nothing for this long has died or hung (seen once in a long e2e run: no reply, no error event),
 * so it is replaced and the photo tried once more, instead of leaving the user on "Replacing the background…".
 * A failed attempt (e.g. a model download that failed) also gets one fresh worker.
 */
const MATTE_SILENCE_TIMEOUT_MS = 90_000;
const MATTE_ATTEMPTS = 2;

export interface MatteProgress {
  readonly stage: 'download' | 'inference';
  readonly fraction: number;
}

export class PersonMatteService {
  private worker!: Worker;
  private client!: WorkerClient<MatteResponse>;
  private nextId = 1;
  /** The worker is already loading the model (a preload or a photo): a second preload would download it twice. */
  private loadStarted = false;

  constructor() {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL('./matte.worker.ts', import.meta.url), { name: 'person-matte' });
    this.client = new WorkerClient(this.worker, matteResponseSchema, 'person-matte');
  }

  private restart(): void {
    this.worker.terminate();
    this.start();
    this.loadStarted = false;
  }

  /** Starts fetching the model so the first photo does not wait for the download (once per worker). */
  preload(): void {
    if (this.loadStarted) return;
    this.loadStarted = true;
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
    const pixels = ctx.getImageData(0, 0, width, height).data;
    for (let attempt = 1; ; attempt++) {
      try {
        // A copy per attempt: the buffer is transferred to the worker.
        const rgba = new Uint8Array(pixels);
        const result = await this.attempt(width, height, rgba, onProgress, signal);
        return { width, height, alpha: result.alpha, sourcePxPerMattePx: source.width / width, ms: result.ms };
      } catch (error) {
        // A user's abort is final; a hang or a failure (a model fetch that failed) gets one fresh worker.
        if ((error instanceof DOMException && error.name === 'AbortError') || attempt >= MATTE_ATTEMPTS) throw error;
        console.warn(`person matte attempt ${attempt} failed (${String(error)}); restarting the worker`);
        this.restart();
      }
    }
  }

  private async attempt(
    width: number,
    height: number,
    rgba: Uint8Array,
    onProgress: (p: MatteProgress) => void,
    signal?: AbortSignal,
  ): Promise<{ alpha: Uint8Array; ms: number }> {
    const id = this.nextId++;
    this.loadStarted = true;
    const watchdog = new AbortController();
    let timer = setTimeout(() => watchdog.abort(new MatteTimeout()), MATTE_SILENCE_TIMEOUT_MS);
    const off = this.client.on((m) => {
      if (m.type === 'progress' && (m.id === id || m.id === null)) {
        onProgress({ stage: m.stage, fraction: m.fraction });
        clearTimeout(timer);
        timer = setTimeout(() => watchdog.abort(new MatteTimeout()), MATTE_SILENCE_TIMEOUT_MS);
      }
    });
    const abortBoth = AbortSignal.any([watchdog.signal, ...(signal ? [signal] : [])]);
    try {
      const reply = this.client.waitFor((m) => {
        if (m.type === 'result' && m.id === id) return m;
        // Errors without an id (a failed preload, a malformed message) are not this photo's: the worker goes on.
        if (m.type === 'error' && m.id === id) throw new Error(m.message);
        return undefined;
      }, abortBoth);
      this.client.post({ type: 'segment', id, publicPath: assetUrls.imglyPublicPath(), width, height, rgba }, [rgba.buffer]);
      const result = await reply;
      return { alpha: result.alpha, ms: result.ms };
    } finally {
      clearTimeout(timer);
      off();
    }
  }
}

class MatteTimeout extends Error {
  constructor() {
    super('person matte worker did not answer');
    this.name = 'MatteTimeout';
  }
}
