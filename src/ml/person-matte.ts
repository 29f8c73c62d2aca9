import type { PersonMatte } from '../core/face/model-outputs';
import type { Point } from '../core/geometry';
import type { SourceRect } from '../core/matte/matte-region';
import { assetUrls } from './asset-urls';
import { matteResponseSchema, type MatteResponse } from './matte-protocol';
import { WorkerClient } from './worker-client';

/**
 * The full-frame fallback (imgly, whole photo): the model always runs at 1024×1024 (ARCHITECTURE.md) and the library
 * scales its mask back to the input's size. Sending every photo at 1024 px on the long side keeps the mask's full
 * precision for small photos and avoids transferring large ones.
 */
const MATTE_LONG_SIDE_PX = 1024;

/**
 * The head matte's grid: the crop at source resolution, but at least as fine as the full-frame matte was (small
 * photos keep sub-pixel crown precision) and at most this long (a 50 MP photo does not make a 50 MP matte).
 */
const HEAD_GRID_MIN_LONG_SIDE_PX = 1024;
const HEAD_GRID_MAX_LONG_SIDE_PX = 2048;

/**
 * A matte normally takes 1–15 s on a 2-core CPU (ARCHITECTURE.md; up to ~60 s when the machine is loaded). A worker
 * that has said nothing for this long has died or hung (seen once in a long e2e run: no reply, no error event),
 * so it is replaced and the photo tried once more, instead of leaving the user on "Replacing the background…".
 * A failed attempt (e.g. a model download that failed) also gets one fresh worker.
 */
const MATTE_SILENCE_TIMEOUT_MS = 90_000;
const MATTE_ATTEMPTS = 2;
/**
 * The model cannot report its own progress, so while it runs the percentage is an estimate: the time so far
 * against the last run on this device (the first run: what the bench measured on a 2-core laptop, head matte
 * 2–4 s, full frame 7–12 s). It stops short of 100 % until the matte is really there.
 */
const FIRST_INFERENCE_ESTIMATE_MS = { 'head-matte': 4_000, 'person-matte': 12_000 } as const;
const ESTIMATE_CEILING = 0.95;
const ESTIMATE_TICK_MS = 250;

export interface MatteProgress {
  readonly stage: 'download' | 'inference';
  readonly fraction: number;
  readonly loadedBytes?: number;
  readonly totalBytes?: number;
}

/** The head crop to matte: the region of the photo every reachable output lies in, and points on the face. */
export interface HeadCrop {
  readonly region: SourceRect;
  readonly seeds: readonly Point[];
}

interface Segmented {
  readonly alpha: Uint8Array;
  readonly ms: number;
  readonly inferenceMs?: number;
  readonly upsampleMs?: number;
}

/** Where a matte's time went, for the benchmark: the crop drawn on the page, the model, the upsampling. */
export interface MatteTimings {
  readonly cropMs: number;
  readonly inferenceMs: number;
  readonly upsampleMs: number;
}

export type TimedMatte = PersonMatte & { readonly ms: number; readonly timingsMs?: MatteTimings };

/** The error a WorkerClient reports when the worker itself failed or was stopped. */
const WORKER_DIED = /worker (failed|stopped)/;

/** One model worker with the silence watchdog and one fresh worker per failed attempt. */
class MatteWorker {
  private worker!: Worker;
  private client!: WorkerClient<MatteResponse>;
  /** The worker failed or was stopped: the next request starts a fresh one. */
  private dead = false;
  /** The worker is already loading the model (a preload or a photo): a second preload would download it twice. */
  private loadStarted = false;
  /** How long the model ran last time on this device: the yardstick for the cutting-out percentage. */
  private expectedInferenceMs: number;

  constructor(
    private readonly create: () => Worker,
    private readonly name: keyof typeof FIRST_INFERENCE_ESTIMATE_MS,
    private readonly preloadMessage: () => unknown,
  ) {
    this.expectedInferenceMs = FIRST_INFERENCE_ESTIMATE_MS[name];
    this.start();
  }

  private start(): void {
    this.worker = this.create();
    this.client = new WorkerClient(this.worker, matteResponseSchema, this.name);
    this.dead = false;
    this.client.on((m) => {
      if (m.type === 'error' && WORKER_DIED.test(m.message)) this.dead = true;
    });
  }

  private restart(): void {
    this.worker.terminate();
    this.start();
    this.loadStarted = false;
  }

  /** The worker dies as a crashed one would (tests): the request in flight fails and gets a fresh worker. */
  crash(): void {
    this.worker.terminate();
    this.client.fail(`${this.name} worker stopped`);
  }

  preload(): void {
    if (this.loadStarted) return;
    this.loadStarted = true;
    this.client.post(this.preloadMessage());
  }

  /** `request` builds the segment message for an id; it is called once per attempt (its buffer is transferred). */
  async run(
    request: (id: number) => { message: unknown; transfer: Transferable[] },
    onProgress: (p: MatteProgress) => void,
    signal?: AbortSignal,
  ): Promise<Segmented> {
    for (let attempt = 1; ; attempt++) {
      if (this.dead) this.restart();
      try {
        return await this.attempt(request, onProgress, signal);
      } catch (error) {
        // A user's abort is final; a hang or a failure (a model fetch that failed) gets one fresh worker.
        if ((error instanceof DOMException && error.name === 'AbortError') || attempt >= MATTE_ATTEMPTS) throw error;
        console.warn(`${this.name} attempt ${attempt} failed (${String(error)}); restarting the worker`);
        this.restart();
      }
    }
  }

  private async attempt(
    request: (id: number) => { message: unknown; transfer: Transferable[] },
    onProgress: (p: MatteProgress) => void,
    signal?: AbortSignal,
  ): Promise<Segmented> {
    this.loadStarted = true;
    const watchdog = new AbortController();
    let timer = setTimeout(() => watchdog.abort(new MatteTimeout()), MATTE_SILENCE_TIMEOUT_MS);
    const abortBoth = AbortSignal.any([watchdog.signal, ...(signal ? [signal] : [])]);
    let inferenceStarted: number | null = null;
    let ticker: ReturnType<typeof setInterval> | undefined;
    const estimate = () => Math.min(ESTIMATE_CEILING, (performance.now() - (inferenceStarted ?? performance.now())) / this.expectedInferenceMs);
    try {
      const result = await this.client.request(request, (m, id) => {
        if (m.type === 'progress' && (m.id === id || m.id === null)) {
          if (m.stage === 'inference' && m.fraction < 1 && inferenceStarted === null) {
            inferenceStarted = performance.now();
            ticker = setInterval(() => onProgress({ stage: 'inference', fraction: Math.max(m.fraction, estimate()) }), ESTIMATE_TICK_MS);
          }
          if (m.stage === 'inference' && m.fraction >= 1) clearInterval(ticker);
          onProgress({ stage: m.stage, fraction: m.stage === 'inference' && m.fraction < 1 ? Math.max(m.fraction, estimate()) : m.fraction, loadedBytes: m.loadedBytes, totalBytes: m.totalBytes });
          clearTimeout(timer);
          timer = setTimeout(() => watchdog.abort(new MatteTimeout()), MATTE_SILENCE_TIMEOUT_MS);
          return undefined;
        }
        if (m.type === 'result' && m.id === id) return m;
        // Errors without an id are not this photo's (a failed preload, a malformed message), unless the worker died.
        if (m.type === 'error' && (m.id === id || WORKER_DIED.test(m.message))) throw new Error(m.message);
        return undefined;
      }, abortBoth);
      const inferenceMs = result.inferenceMs ?? result.ms;
      if (inferenceMs > 0) this.expectedInferenceMs = inferenceMs;
      return { alpha: result.alpha, ms: result.ms, inferenceMs: result.inferenceMs, upsampleMs: result.upsampleMs };
    } finally {
      clearTimeout(timer);
      clearInterval(ticker);
    }
  }
}

function pixelsOf(canvas: OffscreenCanvas): Uint8Array {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return new Uint8Array(ctx.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
}

function drawn(width: number, height: number, draw: (ctx: OffscreenCanvasRenderingContext2D) => void): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  draw(ctx);
  return canvas;
}

/**
 * The person matte. With a head crop (the normal case, issue 10) the rewritten ISNet runs on the crop at its small
 * input; without one (no usable crop) imgly runs on the whole photo at 1024, as before.
 */
export class PersonMatteService {
  private readonly head = new MatteWorker(
    () => new Worker(new URL('./head-matte.worker.ts', import.meta.url), { name: 'head-matte' }),
    'head-matte',
    () => ({ type: 'preload', modelUrl: assetUrls.headMatteModel(), modelBytes: assetUrls.headMatteModelBytes(), runtimeUrls: assetUrls.headMatteRuntimes() }),
  );
  private fullFrameWorker: MatteWorker | null = null;

  /** The full-frame worker starts only when a photo needs it: its model is another 88 MB download. */
  private fullFrame(): MatteWorker {
    return (this.fullFrameWorker ??= new MatteWorker(
      () => new Worker(new URL('./full-frame-matte.worker.ts', import.meta.url), { name: 'person-matte' }),
      'person-matte',
      () => ({ type: 'preload', publicPath: assetUrls.imglyPublicPath() }),
    ));
  }

  /** Tests: the worker that would matte the next photo dies as a crashed one would. */
  crash(): void {
    this.head.crash();
    this.fullFrameWorker?.crash();
  }

  /** Starts fetching a model so the first photo does not wait for the download (once per worker). */
  preload(kind: 'head' | 'full-frame' = 'head'): void {
    if (kind === 'head') this.head.preload();
    else this.fullFrame().preload();
  }

  async segment(source: ImageBitmap, onProgress: (p: MatteProgress) => void, signal?: AbortSignal, crop?: HeadCrop): Promise<TimedMatte> {
    return crop ? this.segmentHead(source, crop, onProgress, signal) : this.segmentFullFrame(source, onProgress, signal);
  }

  private async segmentHead(source: ImageBitmap, crop: HeadCrop, onProgress: (p: MatteProgress) => void, signal?: AbortSignal): Promise<TimedMatte> {
    const { region } = crop;
    const inputPx = assetUrls.headMatteInputPx();
    const cropStarted = performance.now();
    // imgly stretches the whole photo to a square; the head crop is stretched to the model's square the same way.
    const pixels = pixelsOf(drawn(inputPx, inputPx, (ctx) => ctx.drawImage(source, region.x, region.y, region.width, region.height, 0, 0, inputPx, inputPx)));
    const longSide = Math.max(region.width, region.height);
    const gridLong = Math.min(HEAD_GRID_MAX_LONG_SIDE_PX, Math.max(HEAD_GRID_MIN_LONG_SIDE_PX, longSide));
    const sourcePxPerMattePx = longSide / gridLong;
    const gridWidth = Math.max(1, Math.round(region.width / sourcePxPerMattePx));
    const gridHeight = Math.max(1, Math.round(region.height / sourcePxPerMattePx));
    const cropMs = performance.now() - cropStarted;
    const seeds = crop.seeds.map((p) => ({ x: (p.x - region.x) / sourcePxPerMattePx, y: (p.y - region.y) / sourcePxPerMattePx }));
    const result = await this.head.run(
      (id) => {
        const rgba = new Uint8Array(pixels);
        const message = {
          type: 'segment',
          id,
          modelUrl: assetUrls.headMatteModel(),
          modelBytes: assetUrls.headMatteModelBytes(),
          runtimeUrls: assetUrls.headMatteRuntimes(),
          inputPx,
          rgba,
          gridWidth,
          gridHeight,
          seeds,
        };
        return { message, transfer: [rgba.buffer] };
      },
      onProgress,
      signal,
    );
    const timingsMs = { cropMs, inferenceMs: result.inferenceMs ?? result.ms, upsampleMs: result.upsampleMs ?? 0 };
    return { width: gridWidth, height: gridHeight, alpha: result.alpha, sourcePxPerMattePx, originXPx: region.x, originYPx: region.y, ms: result.ms, timingsMs };
  }

  private async segmentFullFrame(source: ImageBitmap, onProgress: (p: MatteProgress) => void, signal?: AbortSignal): Promise<TimedMatte> {
    const scale = MATTE_LONG_SIDE_PX / Math.max(source.width, source.height);
    const width = Math.max(1, Math.round(source.width * scale));
    const height = Math.max(1, Math.round(source.height * scale));
    const pixels = pixelsOf(drawn(width, height, (ctx) => ctx.drawImage(source, 0, 0, width, height)));
    const result = await this.fullFrame().run(
      (id) => {
        // A copy per attempt: the buffer is transferred to the worker.
        const rgba = new Uint8Array(pixels);
        return { message: { type: 'segment', id, publicPath: assetUrls.imglyPublicPath(), width, height, rgba }, transfer: [rgba.buffer] };
      },
      onProgress,
      signal,
    );
    return { width, height, alpha: result.alpha, sourcePxPerMattePx: source.width / width, ms: result.ms };
  }
}

class MatteTimeout extends Error {
  constructor() {
    super('person matte worker did not answer');
    this.name = 'MatteTimeout';
  }
}
