import { z } from 'zod';
import { detectedFaceSchema } from './landmarks-protocol';

/** Messages between the live (VIDEO mode) face-landmark worker and the camera view, parsed on arrival (habit 4). */
export const liveRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), wasmBase: z.string(), modelUrl: z.string(), delegate: z.enum(['CPU', 'GPU']) }),
  z.object({
    type: z.literal('frame'),
    id: z.number().int(),
    /** Capture time of the frame, ms; MediaPipe's VIDEO mode needs it to grow from frame to frame. */
    timestampMs: z.number(),
    bitmap: z.custom<ImageBitmap>((v) => typeof v === 'object' && v !== null && 'width' in v),
  }),
]);
export type LiveRequest = z.infer<typeof liveRequestSchema>;

const luminanceSchema = z.object({ mean: z.number(), variance: z.number(), underExposedShare: z.number(), overExposedShare: z.number() });
const illuminationSchema = z.object({
  intersection: z.number(),
  darkerSide: z.enum(['image-left', 'image-right']),
  meanDifference: z.number(),
  leftPixels: z.number(),
  rightPixels: z.number(),
});
/** core/capture FaceLight, measured on the analysed bitmap. */
export const faceLightSchema = z.object({ luminance: luminanceSchema, illumination: illuminationSchema });

export const liveResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    /** Largest face first; points normalised to the analysed bitmap (0..1). */
    faces: z.array(detectedFaceSchema),
    /** Light on the largest face, null when there is none or too little of it is in the frame. */
    light: faceLightSchema.nullable(),
    /** Time inside the worker: detection plus the light measure. */
    workerMs: z.number(),
  }),
  z.object({ type: z.literal('error'), id: z.number().int().nullable(), message: z.string() }),
]);
export type LiveResponse = z.infer<typeof liveResponseSchema>;
