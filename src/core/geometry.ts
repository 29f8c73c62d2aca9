/** Plane geometry on image coordinates: x to the right, y downwards, angles in degrees, clockwise positive. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Affine map p' = (a·x + c·y + e, b·x + d·y + f), the same order as CanvasRenderingContext2D.setTransform. */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

const DEG_PER_RAD = 180 / Math.PI;

export function degToRad(deg: number): number {
  return deg / DEG_PER_RAD;
}

export function radToDeg(rad: number): number {
  return rad * DEG_PER_RAD;
}

export function apply(m: Affine, p: Point): Point {
  return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
}

export function invert(m: Affine): Affine {
  const det = m.a * m.d - m.b * m.c;
  if (det === 0) throw new Error('affine map is not invertible');
  return {
    a: m.d / det,
    b: -m.b / det,
    c: -m.c / det,
    d: m.a / det,
    e: (m.c * m.f - m.d * m.e) / det,
    f: (m.b * m.e - m.a * m.f) / det,
  };
}

/** Rotation by `deg` (clockwise on screen) about the origin, scaled by `scale`. */
export function rotationScale(deg: number, scale: number): Affine {
  const r = degToRad(deg);
  const cos = Math.cos(r) * scale;
  const sin = Math.sin(r) * scale;
  return { a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 };
}

export function withTranslation(m: Affine, e: number, f: number): Affine {
  return { ...m, e, f };
}

export function midpointOf(p: Point, q: Point): Point {
  return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
}

export function distance(p: Point, q: Point): number {
  return Math.hypot(q.x - p.x, q.y - p.y);
}

/** Angle of the line p→q against the horizontal, clockwise positive (y grows downwards). */
export function angleDeg(p: Point, q: Point): number {
  return radToDeg(Math.atan2(q.y - p.y, q.x - p.x));
}
