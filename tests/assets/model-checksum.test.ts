import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The committed face-landmark model must be the pinned upstream file: MediaPipe's model store,
 * face_landmarker/face_landmarker/float16/1/face_landmarker.task, 3,758,596 bytes (ARCHITECTURE.md, "Models and assets").
 */
const FACE_LANDMARKER_SHA256 = '64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff';

describe('self-hosted model', () => {
  it('public/models/face_landmarker.task has the pinned sha256', () => {
    const digest = createHash('sha256').update(readFileSync('public/models/face_landmarker.task')).digest('hex');
    expect(digest).toBe(FACE_LANDMARKER_SHA256);
  });
  it('pins the runtime versions ARCHITECTURE.md requires', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['@mediapipe/tasks-vision']).toBe('1.1.0');
    expect(pkg.dependencies['@imgly/background-removal']).toBe('1.4.5');
    expect(pkg.dependencies['@imgly/background-removal-data']).toBe('1.4.5');
  });
});
