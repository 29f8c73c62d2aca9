import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Runs the project's own ESLint config on a snippet as if it were the file at `filePath`. */
async function wallErrors(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer walls (eslint.config.js)', () => {
  it.each([
    ['a bare folder import into specs from core', "import { x } from '../specs';\nexport const y = x;\n", 'src/core/crop/snippet.ts'],
    ['a vendor library in core', "import { z } from 'zod';\nexport const y = z;\n", 'src/core/snippet.ts'],
    ['the renderer from the store', "import { renderPhoto } from '../render/render-photo';\nexport const y = renderPhoto;\n", 'src/store/snippet.ts'],
    ['a model adapter from the store', "import { x } from '../ml/face-landmark-service';\nexport const y = x;\n", 'src/store/snippet.ts'],
    ['platform code (a value) from the store', "import { whenIdle } from '../platform/when-idle';\nexport const y = whenIdle;\n", 'src/store/snippet.ts'],
    // Files that were once exempt (issue 17) are held to their layer like any other.
    ['the renderer from store/prepare-sheet.ts', "import { renderPhoto } from '../render/render-photo';\nexport const y = renderPhoto;\n", 'src/store/prepare-sheet.ts'],
    ['pixel read-back from store/compliance-slice.ts', "import { bitmapPixels } from '../platform/bitmap-pixels';\nexport const y = bitmapPixels;\n", 'src/store/compliance-slice.ts'],
    ['pdf-lib from the store', "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;\n", 'src/store/snippet.ts'],
    ['the composition root from ui', "import { x } from '../../app/create-services';\nexport const y = x;\n", 'src/ui/adjust/snippet.ts'],
    ['a vendor model library from ui', "import { FaceLandmarker } from '@mediapipe/tasks-vision';\nexport const y = FaceLandmarker;\n", 'src/ui/snippet.ts'],
  ])('refuses %s', async (_name, code, filePath) => {
    expect(await wallErrors(code, filePath)).not.toEqual([]);
  }, 30_000);

  it.each([
    ['core from the store', "import { solveCrop } from '../core/crop/solve-crop';\nexport const y = solveCrop;\n", 'src/store/snippet.ts'],
    ['a platform service interface (type only) from the store', "import type { PreferenceStorage } from '../platform/preferences';\nexport type Y = PreferenceStorage;\n", 'src/store/snippet.ts'],
    ['zod from specs', "import { z } from 'zod';\nexport const y = z;\n", 'src/specs/snippet.ts'],
  ])('allows %s', async (_name, code, filePath) => {
    expect(await wallErrors(code, filePath)).toEqual([]);
  }, 30_000);
});
