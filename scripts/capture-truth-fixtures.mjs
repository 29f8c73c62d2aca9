#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { openApp } from './browser.mjs';

/**
 * Model-heavy, run once under the shared lock: for each photo, the app's own report (<out>/<stem>.json, as
 * `npm run idphoto` writes it) plus the raw landmarks and person matte as truth-set fixtures
 * (<fixtures>/<stem>.face.json and <stem>.matte.br), so that the truth-set bench and unit tests replay the pure
 * measurement code without a model.
 *   flock /tmp/model-heavy.lock node scripts/capture-truth-fixtures.mjs --out <dir> \
 *     --fixtures tests/fixtures/truth-faces tests/fixtures/photos/*.jpg
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    spec: { type: 'string', default: 'jp-passport' },
    out: { type: 'string' },
    fixtures: { type: 'string' },
    // Pose calibration: landmarks and pose only, no matte, no output JPEG (seconds instead of a minute a photo).
    'landmarks-only': { type: 'boolean', default: false },
  },
});
if (!values.out || positionals.length === 0) {
  console.error('usage: node scripts/capture-truth-fixtures.mjs [--spec id] --out <dir> <photo>...');
  process.exit(2);
}
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const fixturesDir = resolve(values.fixtures ?? outDir);
mkdirSync(fixturesDir, { recursive: true });

/** Landmarks to 0.01 px and the matte as brotli-compressed bytes: small enough to commit, exact enough to replay. */
function writeFaceFixture(dir, stem, face) {
  const round = (n) => Math.round(n * 100) / 100;
  const { alphaBase64, ...matte } = face.matte ?? {};
  const fixture = {
    input: face.input,
    sourceWidthPx: face.sourceWidthPx,
    sourceHeightPx: face.sourceHeightPx,
    matrix: face.matrix,
    blendshapes: face.blendshapes,
    matte: face.matte ? matte : null,
    points: face.points.map(([x, y]) => [round(x), round(y)]),
  };
  writeFileSync(join(dir, `${stem}.face.json`), JSON.stringify(fixture));
  if (alphaBase64) writeFileSync(join(dir, `${stem}.matte.br`), brotliCompressSync(Buffer.from(alphaBase64, 'base64')));
}
const app = await openApp();
try {
  for (const photo of positionals) {
    const stem = basename(photo, extname(photo));
    const base64 = readFileSync(photo).toString('base64');
    if (values['landmarks-only']) {
      const detected = await app.page.evaluate((request) => window.idPhoto.detectFace(request), { name: basename(photo), base64, specId: values.spec });
      const face = detected.ok ? await app.page.evaluate(() => window.idPhoto.faceData()) : null;
      writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ input: photo, ...detected }, null, 2));
      if (face) writeFaceFixture(fixturesDir, stem, { input: photo, ...face, matte: null });
      const p = detected.ok ? detected.measured.pose : null;
      console.log(`${photo}: ${p ? `pose y${p.yawDeg.toFixed(1)} p${p.pitchDeg.toFixed(1)} r${p.rollDeg.toFixed(1)}, eye roll ${detected.measured.rollDeg.toFixed(1)}` : 'no face'}`);
      continue;
    }
    const result = await app.page.evaluate((request) => window.idPhoto.process(request), {
      name: basename(photo),
      base64,
      specId: values.spec,
    });
    if (!result.ok) {
      console.error(`${photo}: FAILED ${JSON.stringify(result.error)}`);
      writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ ok: false, input: photo, error: result.error }, null, 2));
      continue;
    }
    writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ ok: true, input: photo, ...result.report }, null, 2));
    const face = await app.page.evaluate(() => window.idPhoto.faceData());
    writeFaceFixture(fixturesDir, stem, { input: photo, ...face });
    const p = result.report.measured.pose;
    console.log(`${photo}: face ${result.report.output.faceHeightMm.toFixed(2)} mm, pose y${p.yawDeg.toFixed(1)} p${p.pitchDeg.toFixed(1)} r${p.rollDeg.toFixed(1)}`);
  }
} finally {
  await app.close();
}
