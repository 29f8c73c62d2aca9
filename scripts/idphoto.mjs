#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from './browser.mjs';

/**
 * Batch command: npm run idphoto -- --spec <id> --out <dir> <photo>...
 * Runs the app's own pipeline in headless Chromium and writes <dir>/<stem>.jpg and <dir>/<stem>.json per photo,
 * and with --sheet the print sheet <dir>/<stem>.sheet.jpg (or .pdf for A4), made by the app's sheet code.
 */
const USAGE = `usage: npm run idphoto -- --spec <id> --out <dir> [options] <photo>...
       npm run idphoto -- --list-specs

options:
  --spec <id>              document spec id (see --list-specs)
  --out <dir>              output folder (created if missing)
  --top-margin-mm <mm>     top edge to crown
  --face-height-mm <mm>    crown to chin
  --offset-x-mm <mm>       face centre right of the photo centre (negative: left)
  --rotate-deg <deg>       extra rotation after levelling the eyes
  --allow-out-of-spec      accept adjustments outside the spec's tolerance
  --sheet <paper>          also write a print sheet: L, 2L, KG, postcard (600 dpi JPEG) or A4 (PDF)
  --sheet-copies <list>    documents on the sheet, e.g. jp-residence-card=2,jp-passport=2 (n or fill);
                           default: the --spec document filling the sheet
  --list-specs             print the validated spec table as JSON`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    spec: { type: 'string' },
    out: { type: 'string' },
    'top-margin-mm': { type: 'string' },
    'face-height-mm': { type: 'string' },
    'offset-x-mm': { type: 'string' },
    'rotate-deg': { type: 'string' },
    'allow-out-of-spec': { type: 'boolean', default: false },
    sheet: { type: 'string' },
    'sheet-copies': { type: 'string' },
    'list-specs': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message) {
  console.error(`idphoto: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function numberFlag(name) {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) fail(`--${name} must be a number, got "${raw}"`);
  return value;
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const foreign = [];
const app = await openApp({ onForeignRequest: (url) => foreign.push(url) });
try {
  if (values['list-specs']) {
    const specs = await app.page.evaluate(() => window.idPhoto.listSpecs());
    console.log(JSON.stringify(specs, null, 2));
    process.exitCode = 0;
  } else {
    if (!values.spec) fail('--spec is required');
    if (!values.out) fail('--out is required');
    if (positionals.length === 0) fail('no photos given');
    const adjustments = Object.fromEntries(
      [
        ['topMarginMm', numberFlag('top-margin-mm')],
        ['faceHeightMm', numberFlag('face-height-mm')],
        ['offsetXMm', numberFlag('offset-x-mm')],
        ['rotateDeg', numberFlag('rotate-deg')],
      ].filter(([, v]) => v !== undefined),
    );
    const check = await app.page.evaluate(
      ({ specId, adjustments, allow }) => window.idPhoto.checkRequest(specId, adjustments, allow),
      { specId: values.spec, adjustments, allow: values['allow-out-of-spec'] },
    );
    if (check.errors.length > 0) fail(check.errors.join('\n'));
    if (values['sheet-copies'] !== undefined && values.sheet === undefined) fail('--sheet-copies needs --sheet <paper>');
    const sheetRequest = values.sheet === undefined ? null : { paperId: values.sheet, copies: values['sheet-copies'] };
    if (sheetRequest) {
      const sheetCheck = await app.page.evaluate((request) => window.idPhoto.checkSheetRequest(request), sheetRequest);
      if (sheetCheck.errors.length > 0) fail(sheetCheck.errors.join('\n'));
    }
    const outDir = resolve(values.out);
    mkdirSync(outDir, { recursive: true });
    let failures = 0;
    for (const photo of positionals) {
      const stem = basename(photo, extname(photo));
      let result;
      try {
        const base64 = readFileSync(photo).toString('base64');
        result = await app.page.evaluate((request) => window.idPhoto.process(request), {
          name: basename(photo),
          base64,
          specId: values.spec,
          adjustments,
        });
      } catch (error) {
        result = { ok: false, error: { key: 'unreadable', detail: String(error) } };
      }
      if (result.ok) {
        writeFileSync(join(outDir, `${stem}.jpg`), Buffer.from(result.jpegBase64, 'base64'));
        let sheet;
        if (sheetRequest) {
          const made = await app.page.evaluate((request) => window.idPhoto.sheet(request), sheetRequest);
          if (made.ok) {
            const file = `${stem}.sheet.${made.extension}`;
            writeFileSync(join(outDir, file), Buffer.from(made.base64, 'base64'));
            sheet = { file, ...made.report };
            const placed = made.report.documents.map((d) => `${d.specId}×${d.placed}`).join(', ');
            console.log(`${photo}: sheet ${made.report.paperId} → ${file} (${placed}, ${(made.report.bytes / 1e6).toFixed(2)} MB)`);
          } else {
            failures++;
            sheet = { error: made.error };
            console.error(`${photo}: sheet FAILED: ${made.error.message}`);
          }
        }
        writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ ok: true, input: photo, ...result.report, ...(sheet ? { sheet } : {}) }, null, 2));
        const o = result.report.output;
        console.log(`${photo}: ${o.widthPx}×${o.heightPx} px, face ${o.faceHeightMm.toFixed(2)} mm, top ${o.topMarginMm.toFixed(2)} mm, ${result.report.timingsMs.total.toFixed(0)} ms${result.report.warnings.length ? `, warnings: ${result.report.warnings.join(', ')}` : ''}`);
      } else {
        failures++;
        writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ ok: false, input: photo, error: result.error }, null, 2));
        console.error(`${photo}: FAILED: ${result.error.message ?? result.error.key}${result.error.detail ? ` (${result.error.detail})` : ''}`);
      }
    }
    if (foreign.length > 0) {
      console.error(`the page requested other origins: ${foreign.join(', ')}`);
      failures++;
    }
    process.exitCode = failures > 0 ? 1 : 0;
  }
} finally {
  await app.close();
}
