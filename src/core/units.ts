/**
 * Physical units. Lengths on paper are in millimetres; image lengths are in pixels; resolutions in dots per inch.
 * Each is a branded number (as Excalidraw's math package brands Radians and Degrees): a Px passed where an Mm is
 * meant does not compile. A branded value reads as a plain number anywhere (arithmetic, formatting); a plain
 * number becomes one only through `mm()`, `px()`, `dpi()` or a conversion below. Arithmetic gives plain numbers,
 * so a computed length is branded again where it is stored or passed on.
 *
 * Where the brands start: data from outside the core (spec rows and papers parsed by zod, the user's adjustments,
 * the face measurement) keeps plain numbers in its interfaces (PhotoSpec, SheetPaper, SheetPhotoSpec,
 * Adjustments, FaceMeasurement); core/crop and core/sheet brand them once as they read them, and everything they
 * compute and return (CropPlan, SheetLayout, SheetLayoutPx) carries the brands. A pointer's position (a plain Point
 * from displayToOutputPx) is branded by the gesture function in core/crop that takes it; wheel travel is not a
 * length on the photo and stays plain.
 */
export type Mm = number & { readonly __brand: 'mm' };
export type Px = number & { readonly __brand: 'px' };
export type Dpi = number & { readonly __brand: 'dpi' };

/** A length on paper, in millimetres. */
export function mm(value: number): Mm {
  return value as Mm;
}

/** A length on an image, in pixels. */
export function px(value: number): Px {
  return value as Px;
}

/** A print resolution, in dots per inch. */
export function dpi(value: number): Dpi {
  return value as Dpi;
}

/** The only place the inch is defined: 1 in = 25.4 mm exactly (international yard and pound agreement, 1959). */
export const MM_PER_INCH = 25.4;

/** Print resolution of every output file: 600 dpi keeps a 0.1 mm adjustment visible (0.1 mm ≈ 2.4 px). */
export const OUTPUT_DPI: Dpi = dpi(600);

export function mmToPx(length: Mm, resolution: Dpi): Px {
  return px((length / MM_PER_INCH) * resolution);
}

export function pxToMm(length: Px, resolution: Dpi): Mm {
  return mm((length / resolution) * MM_PER_INCH);
}

/** Whole pixels an edge of `length` needs at `resolution` (30 mm at 600 dpi → 709 px). */
export function edgePx(length: Mm, resolution: Dpi): Px {
  return px(Math.round(mmToPx(length, resolution)));
}

/** A closed interval; `Range<Mm>` when its ends are branded lengths. */
export interface Range<T extends number = number> {
  readonly min: T;
  readonly max: T;
}

export function midpoint<T extends number>(range: Range<T>): T {
  return ((range.min + range.max) / 2) as T;
}

export function inRange(value: number, range: Range, epsilon = 0): boolean {
  return value >= range.min - epsilon && value <= range.max + epsilon;
}

/** A range of plain numbers (a spec row's) as millimetres. */
export function mmRange(range: Range): Range<Mm> {
  return { min: mm(range.min), max: mm(range.max) };
}

/** The resolution at which `length` pixels print as `printed` millimetres. */
export function dpiFor(length: Px, printed: Mm): Dpi {
  return dpi((length / printed) * MM_PER_INCH);
}
