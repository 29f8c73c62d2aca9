/**
 * The old background's colour at the person's edge. Where hair meets the background (fine hair, flyaways, the
 * ear's wisps) the photo's pixels mix hair and the old background. The matte's alpha says how see-through each
 * pixel is, but not how much of the old colour it holds: the model's alpha runs out to 1 a few pixels before the
 * colour has turned fully to hair. Laid over a new background, such pixels keep a rim of the old one: light hair
 * photographed on a blue studio wall gets a blue-grey rim on white (seen at 4× on W000738).
 *
 * So the colour, not the alpha, says how much old background a pixel holds. Near the edge (clear background within
 * the window), the old background B is the mean of the clear background pixels nearby and the person's own colour
 * P the mean of the solid pixels nearby. An observed colour I lies near the line from B to P; its position on it,
 * m = ((I − B) · (P − B)) / |P − B|², is the share of person in it, and I + (1 − m)·(P − B) is the same pixel with
 * the old background's share moved to the person's colour: the old tint goes, the texture across the line stays.
 * The alpha is left as it is. Where P and B are close in colour there is no tint to remove, and nothing changes.
 * Pure: RGBA planes in, RGB out.
 */

/** Matte alpha (0–1) under this is clear background: it sets the old background's colour. */
const BACKGROUND_BELOW = 0.05;
/** Alpha above this is solid person: it sets the person's colour. */
const SOLID_ABOVE = 0.95;
/** Pixels with alpha above this are recoloured (fainter ones hardly show over the new background). */
const EDGE_FROM = 1 / 255;
/**
 * Person and old background closer than this (RGB distance, 0–255 levels) leave no tint worth removing; the
 * correction grows to full strength at twice the distance.
 */
const MIN_COLOUR_DISTANCE = 24;
/** Fewer reference pixels than this share of the window: no estimate (the pixel is left as it is). */
const MIN_REFERENCE_SHARE = 0.02;
/** The means are kept on a grid of cells this many to the window's half side. */
const GRID_CELLS_PER_RADIUS = 4;


export interface EdgeColourInput {
  readonly width: number;
  readonly height: number;
  /** The photo under the output frame, opaque where the photo reaches (RGBA; alpha 0 outside the photo). */
  readonly photo: Uint8ClampedArray;
  /** The person layer (RGBA): the photo's colour, alpha = matte × coverage. Its RGB is rewritten at the edge. */
  readonly person: Uint8ClampedArray;
  /** Half the side of the square window the old background and the hair colour are averaged over (px). */
  readonly radiusPx: number;
}

/** Running-sum box blur of a plane, separable, edges clamped to the image (sums over the part inside). */
function boxSum(plane: Float32Array, width: number, height: number, r: number): Float32Array {
  const rows = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let x = 0; x <= Math.min(r, width - 1); x++) sum += plane[row + x]!;
    for (let x = 0; x < width; x++) {
      rows[row + x] = sum;
      const add = x + r + 1;
      const drop = x - r;
      if (add < width) sum += plane[row + add]!;
      if (drop >= 0) sum -= plane[row + drop]!;
    }
  }
  const out = new Float32Array(width * height);
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = 0; y <= Math.min(r, height - 1); y++) sum += rows[y * width + x]!;
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum;
      const add = y + r + 1;
      const drop = y - r;
      if (add < height) sum += rows[add * width + x]!;
      if (drop >= 0) sum -= rows[drop * width + x]!;
    }
  }
  return out;
}

/**
 * Local sums of the pixels `weight` selects (per channel, and the weight's own), on a grid of `block` × `block`
 * cells: the means are smooth over the window, so a coarse grid loses nothing and costs a fraction of full size
 * (a 35 × 45 mm photo: ~15 ms instead of ~250).
 */
function localSums(photo: Uint8ClampedArray, weight: Float32Array, width: number, height: number, block: number, r: number): Grid {
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  const planes = [0, 1, 2, 3].map(() => new Float32Array(gw * gh));
  const cx = cellColumns(width, block);
  for (let y = 0; y < height; y++) {
    const gRow = Math.floor(y / block) * gw;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const w = weight[i]!;
      if (w === 0) continue;
      const g = gRow + cx[x]!;
      planes[0]![g]! += w * photo[4 * i]!;
      planes[1]![g]! += w * photo[4 * i + 1]!;
      planes[2]![g]! += w * photo[4 * i + 2]!;
      planes[3]![g]! += w;
    }
  }
  const rb = Math.max(1, Math.round(r / block));
  return { width: gw, block, sums: planes.map((p) => boxSum(p, gw, gh, rb)) };
}

interface Grid {
  readonly width: number;
  readonly block: number;
  /** R, G, B sums and the count, per cell, over the window around it. */
  readonly sums: readonly Float32Array[];
}

/** The grid column of every image column. */
function cellColumns(width: number, block: number): Int32Array {
  const cx = new Int32Array(width);
  for (let x = 0; x < width; x++) cx[x] = Math.floor(x / block);
  return cx;
}

/** Rewrites the person layer's colour near its edge with the old background's share turned to the person's colour. */
export function removeOldBackgroundFromEdges({ width, height, photo, person, radiusPx }: EdgeColourInput): void {
  const n = width * height;
  if (photo.length !== 4 * n || person.length !== 4 * n) throw new Error(`planes do not match ${width}×${height}`);
  const alphaAt = (i: number): number => person[4 * i + 3]! / 255;
  const r = Math.max(1, Math.round(radiusPx));
  const background = new Float32Array(n);
  const solid = new Float32Array(n);
  let backgroundPixels = 0;
  for (let i = 0; i < n; i++) {
    const covered = photo[4 * i + 3]! >= 255;
    const a = alphaAt(i);
    background[i] = covered && a < BACKGROUND_BELOW ? 1 : 0;
    solid[i] = covered && a > SOLID_ABOVE ? 1 : 0;
    backgroundPixels += background[i]!;
  }
  if (backgroundPixels === 0) return;
  const block = Math.max(1, Math.round(r / GRID_CELLS_PER_RADIUS));
  const old = localSums(photo, background, width, height, block, r);
  const own = localSums(photo, solid, width, height, block, r);
  const gh = Math.ceil(height / block);
  const window = (2 * Math.round(r / block) + 1) ** 2 * block * block;
  const minCount = MIN_REFERENCE_SHARE * window;
  const oldAt = [0, 0, 0, 0];
  const ownAt = [0, 0, 0, 0];
  const d = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    // Cell centres are at (k + 0.5)·block: the sums are read between the four nearest, so no cell edge shows.
    const fy = Math.min(gh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(gh - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (alphaAt(i) <= EDGE_FROM || photo[4 * i + 3]! < 255) continue;
      const fx = Math.min(old.width - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(old.width - 1, x0 + 1);
      const wx = fx - x0;
      const c00 = y0 * old.width + x0;
      const c01 = y0 * old.width + x1;
      const c10 = y1 * old.width + x0;
      const c11 = y1 * old.width + x1;
      const w00 = (1 - wx) * (1 - wy);
      const w01 = wx * (1 - wy);
      const w10 = (1 - wx) * wy;
      const w11 = wx * wy;
      for (let k = 0; k < 4; k++) {
        const o = old.sums[k]!;
        const p = own.sums[k]!;
        oldAt[k] = w00 * o[c00]! + w01 * o[c01]! + w10 * o[c10]! + w11 * o[c11]!;
        ownAt[k] = w00 * p[c00]! + w01 * p[c01]! + w10 * p[c10]! + w11 * p[c11]!;
      }
      const oldCount = oldAt[3]!;
      const ownCount = ownAt[3]!;
      // Full strength from twice the minimum of reference pixels, none at the minimum: no hard edge where it stops.
      const support = Math.min(1, Math.max(0, oldCount / minCount - 1)) * Math.min(1, Math.max(0, ownCount / minCount - 1));
      if (support === 0) continue;
      let dd = 0;
      let id = 0;
      for (let c = 0; c < 3; c++) {
        const b = oldAt[c]! / oldCount;
        d[c] = ownAt[c]! / ownCount - b;
        dd += d[c]! * d[c]!;
        id += (photo[4 * i + c]! - b) * d[c]!;
      }
      const distinct = Math.min(1, Math.max(0, Math.sqrt(dd) / MIN_COLOUR_DISTANCE - 1));
      if (distinct === 0) continue;
      const shift = support * distinct * (1 - Math.min(1, Math.max(0, id / dd)));
      for (let c = 0; c < 3; c++) person[4 * i + c] = Math.round(Math.min(255, Math.max(0, photo[4 * i + c]! + shift * d[c]!)));
    }
  }
}
