import type { Point } from '../geometry';
import { mm, type Mm } from '../units';
import { bottomMm, growRect, rightMm, type RectMm } from './rect-mm';
import type { Corner, CutMark } from './sheet-layout-types';
import { CUT_MARK_CLEARANCE_MM, CUT_MARK_LENGTH_MM, CUT_MARK_MIN_LENGTH_MM } from './sheet-rules';

const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

interface Ray {
  readonly origin: Point;
  /** Unit direction along x or y, away from the photo. */
  readonly dx: -1 | 0 | 1;
  readonly dy: -1 | 0 | 1;
}

/** How far the ray can go before entering `rect` (open interior); Infinity when it never does. */
function distanceToEnter(ray: Ray, rect: RectMm): Mm {
  if (ray.dx !== 0) {
    if (!(ray.origin.y > rect.yMm && ray.origin.y < bottomMm(rect))) return mm(Infinity);
    const d = ray.dx > 0 ? rect.xMm - ray.origin.x : ray.origin.x - rightMm(rect);
    return mm(d >= 0 ? d : Infinity);
  }
  if (!(ray.origin.x > rect.xMm && ray.origin.x < rightMm(rect))) return mm(Infinity);
  const d = ray.dy > 0 ? rect.yMm - ray.origin.y : ray.origin.y - bottomMm(rect);
  return mm(d >= 0 ? d : Infinity);
}

/** How far the ray can go before leaving the sheet. */
function distanceToEdge(ray: Ray, sheetWidthMm: Mm, sheetHeightMm: Mm): Mm {
  if (ray.dx > 0) return mm(sheetWidthMm - ray.origin.x);
  if (ray.dx < 0) return mm(ray.origin.x);
  if (ray.dy > 0) return mm(sheetHeightMm - ray.origin.y);
  return mm(ray.origin.y);
}

/**
 * Cut marks at every photo corner: two hairlines per corner on the extensions of the photo's edges, pointing away
 * from the photo. Each stops CUT_MARK_CLEARANCE_MM short of any photo or other obstacle (ruler, label), so no ink
 * lands on a photo and marks shorten in narrow gutters instead of crossing a neighbour.
 */
export function cutMarks(photos: readonly RectMm[], obstacles: readonly RectMm[], sheetWidthMm: Mm, sheetHeightMm: Mm): CutMark[] {
  const keepOut = [...photos, ...obstacles].map((rect) => growRect(rect, CUT_MARK_CLEARANCE_MM));
  const marks: CutMark[] = [];
  photos.forEach((photo, photoIndex) => {
    for (const corner of CORNERS) {
      const left = corner.endsWith('left');
      const top = corner.startsWith('top');
      const origin: Point = { x: left ? photo.xMm : rightMm(photo), y: top ? photo.yMm : bottomMm(photo) };
      const rays: { axis: CutMark['axis']; ray: Ray }[] = [
        { axis: 'horizontal', ray: { origin, dx: left ? -1 : 1, dy: 0 } },
        { axis: 'vertical', ray: { origin, dx: 0, dy: top ? -1 : 1 } },
      ];
      for (const { axis, ray } of rays) {
        const startMm = CUT_MARK_CLEARANCE_MM;
        let endMm = mm(Math.min(startMm + CUT_MARK_LENGTH_MM, distanceToEdge(ray, sheetWidthMm, sheetHeightMm)));
        keepOut.forEach((rect, index) => {
          if (index === photoIndex) return;
          endMm = mm(Math.min(endMm, distanceToEnter(ray, rect)));
        });
        const lengthMm = mm(endMm - startMm);
        if (lengthMm < CUT_MARK_MIN_LENGTH_MM) continue;
        const at = (d: Mm): Point => ({ x: origin.x + ray.dx * d, y: origin.y + ray.dy * d });
        marks.push({ photoIndex, corner, axis, startMm, lengthMm, fromMm: at(startMm), toMm: at(endMm) });
      }
    }
  });
  return marks;
}
