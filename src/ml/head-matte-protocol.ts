import { z } from 'zod';

/** Messages between the head-matte worker (ISNet on the head crop, issue 10) and the main thread, parsed on arrival. */
const modelFiles = {
  modelUrl: z.string().url(),
  /** The model's size from the build: a compressed or service-worker response may carry no Content-Length. */
  modelBytes: z.number().int().positive(),
  /** onnxruntime's WASM runtimes by their canonical names ('ort-wasm-simd-threaded.wasm' …) → hashed URLs. */
  runtimeUrls: z.record(z.string(), z.string().url()),
};

export const headMatteRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('segment'),
    id: z.number().int(),
    ...modelFiles,
    /** The head crop, already resized to the model's square input. */
    inputPx: z.number().int().positive(),
    rgba: z.instanceof(Uint8Array),
    /** The matte grid the model's output is stretched over (the crop's aspect, at least the model's detail). */
    gridWidth: z.number().int().positive(),
    gridHeight: z.number().int().positive(),
    /** Points on the face, in grid px: the region holding them is the person. */
    seeds: z.array(z.object({ x: z.number(), y: z.number() })),
  }),
  z.object({ type: z.literal('preload'), ...modelFiles }),
]);
export type HeadMatteRequest = z.infer<typeof headMatteRequestSchema>;
