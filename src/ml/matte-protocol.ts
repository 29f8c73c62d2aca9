import { z } from 'zod';

/** Messages between the person-matte worker and the main thread, parsed on arrival. */
export const matteRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('segment'),
    id: z.number().int(),
    publicPath: z.string().url().endsWith('/'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    rgba: z.instanceof(Uint8Array),
  }),
  z.object({ type: z.literal('preload'), publicPath: z.string().url().endsWith('/') }),
]);
export type MatteRequest = z.infer<typeof matteRequestSchema>;

export const matteResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    id: z.number().int().nullable(),
    stage: z.enum(['download', 'inference']),
    fraction: z.number().min(0).max(1),
    /** Model bytes so far and in all, while downloading (the head matte's worker knows them). */
    loadedBytes: z.number().nonnegative().optional(),
    totalBytes: z.number().nonnegative().optional(),
  }),
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    width: z.number().int(),
    height: z.number().int(),
    alpha: z.instanceof(Uint8Array),
    ms: z.number(),
    /** The head matte's own stages (the benchmark's columns). */
    inferenceMs: z.number().optional(),
    upsampleMs: z.number().optional(),
  }),
  z.object({ type: z.literal('preloaded') }),
  z.object({ type: z.literal('error'), id: z.number().int().nullable(), message: z.string() }),
]);
export type MatteResponse = z.infer<typeof matteResponseSchema>;
