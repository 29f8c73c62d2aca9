import { z } from 'zod';

/** Messages between the face-landmark worker and the main thread, parsed on arrival (ARCHITECTURE.md habit 4). */
export const LANDMARK_COUNT = 478;

export const landmarkRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), wasmBase: z.string(), modelUrl: z.string(), delegate: z.enum(['CPU', 'GPU']) }),
  z.object({ type: z.literal('detect'), id: z.number().int(), bitmap: z.custom<ImageBitmap>((v) => typeof v === 'object' && v !== null && 'width' in v) }),
]);
export type LandmarkRequest = z.infer<typeof landmarkRequestSchema>;

export const detectedFaceSchema = z.object({
  /** 478 points, x and y interleaved, normalised to the detected bitmap (0..1). */
  points: z.array(z.number()).length(LANDMARK_COUNT * 2),
  blendshapes: z.record(z.string(), z.number()),
  /** 4×4 facial transformation matrix, column-major as MediaPipe gives it. */
  matrix: z.array(z.number()).length(16).nullable(),
});
export type DetectedFace = z.infer<typeof detectedFaceSchema>;

export const landmarkResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('result'), id: z.number().int(), faces: z.array(detectedFaceSchema), ms: z.number() }),
  z.object({ type: z.literal('error'), id: z.number().int().nullable(), message: z.string() }),
]);
export type LandmarkResponse = z.infer<typeof landmarkResponseSchema>;
