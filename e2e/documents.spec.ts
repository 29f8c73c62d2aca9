import { test, expect, photoPath, uploadPhoto, waitForFinalCrop, downloadJpeg, jpegSize, readJfifDensity } from './app-fixture';

/** Issue 3: search and pick documents in the UI, download each; every row produces files inside its bands. */
test('search finds documents by any name, and each picked document downloads at its exact size', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  await page.goto('/');
  await uploadPhoto(page, photoPath('C001067'));
  await waitForFinalCrop(page);

  const picks = [
    { query: 'zairyu', id: 'jp-residence-card', size: { width: 709, height: 945 } },
    { query: 'パスポート 日本', id: 'jp-passport', size: { width: 827, height: 1063 } },
    { query: 'schengen', id: 'schengen-visa', size: { width: 827, height: 1063 } },
    { query: 'us visa', id: 'us-visa', size: { width: 1200, height: 1200 } },
  ];
  for (const pick of picks) {
    await page.getByTestId('change-document').click();
    await page.getByTestId('document-search').fill(pick.query);
    await page.getByTestId(`doc-option-${pick.id}`).first().click();
    await expect(page.getByTestId('current-document')).toHaveAttribute('data-spec-id', pick.id);
    await waitForFinalCrop(page);
    const jpeg = await downloadJpeg(page);
    expect(jpegSize(jpeg), pick.id).toEqual(pick.size);
    expect(readJfifDensity(jpeg)).toEqual({ units: 1, x: 600, y: 600 });
  }

  // Other names find the residence card too.
  for (const query of ['在留', 'residence', 'ザイリュウ']) {
    await page.getByTestId('change-document').click();
    await page.getByTestId('document-search').fill(query);
    await expect(page.getByTestId('doc-option-jp-residence-card').first(), query).toBeVisible();
    await page.getByTestId('change-document').click();
  }

  // A document the embassy photographs itself explains that instead of producing a photo.
  await page.getByTestId('change-document').click();
  await page.getByTestId('document-search').fill('philippine');
  await page.getByTestId('doc-option-ph-passport').first().click();
  await expect(page.getByTestId('in-person-note')).toBeVisible();
  await expect(page.getByTestId('current-document')).toHaveAttribute('data-spec-id', 'us-visa');

  // Recently used documents come first and survive a reload.
  await page.reload();
  await page.getByTestId('change-document').click();
  const firstOption = page.getByTestId('document-list').getByRole('option').first();
  await expect(firstOption).toHaveAttribute('data-testid', 'doc-option-us-visa');
});

test('the upload file for each digital rule lands inside its pixel and KB bands', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  await page.goto('/');
  await uploadPhoto(page, photoPath('M001188'));
  await waitForFinalCrop(page);
  const ids = await page.evaluate(() =>
    (window as unknown as { idPhoto: { listSpecs(): { id: string; capture: string; digital?: unknown }[] } }).idPhoto
      .listSpecs()
      .filter((s) => s.capture === 'submitted')
      .map((s) => s.id),
  );
  const rows = (await page.evaluate(
    (specIds) => (window as unknown as { idPhoto: { exportForSpecs(ids: string[]): Promise<unknown[]> } }).idPhoto.exportForSpecs(specIds),
    ids,
  )) as {
    specId: string;
    print: { widthPx: number; heightPx: number; faceHeightMm: number; topMarginMm: number };
    upload?: { widthPx: number; heightPx: number; bytes: number; withinBand: boolean; band: { minBytes?: number; maxBytes?: number } | null; rule: { widthPx?: { min?: number; max?: number }; heightPx?: { min?: number; max?: number }; square?: boolean } };
  }[];
  expect(rows.length).toBe(ids.length);
  const digital = rows.filter((r) => r.upload);
  expect(digital.length).toBeGreaterThanOrEqual(8);
  for (const r of digital) {
    const u = r.upload!;
    expect.soft(u.withinBand, `${r.specId} within its KB band (${u.bytes} bytes)`).toBe(true);
    if (u.band?.minBytes !== undefined) expect.soft(u.bytes, `${r.specId} min bytes`).toBeGreaterThanOrEqual(u.band.minBytes);
    if (u.band?.maxBytes !== undefined) expect.soft(u.bytes, `${r.specId} max bytes`).toBeLessThanOrEqual(u.band.maxBytes);
    for (const [axis, value] of [['widthPx', u.widthPx], ['heightPx', u.heightPx]] as const) {
      const band = u.rule[axis];
      if (band?.min !== undefined) expect.soft(value, `${r.specId} ${axis} min`).toBeGreaterThanOrEqual(band.min);
      if (band?.max !== undefined) expect.soft(value, `${r.specId} ${axis} max`).toBeLessThanOrEqual(band.max);
    }
    if (u.rule.square) expect.soft(u.widthPx, `${r.specId} square`).toBe(u.heightPx);
  }
  console.log(digital.map((r) => `${r.specId}: ${r.upload!.widthPx}×${r.upload!.heightPx} px, ${(r.upload!.bytes / 1024).toFixed(1)} KiB`).join('\n'));
});
