import type { GuideBand, GuideLine, GuideLines } from '../../core/crop/guide-lines';
import type { Marker } from '../../core/crop/marker-correction';

/** Lines of the overlay, by data-guide name; the bands are `<name>-band`. */
const HORIZONTAL = ['crown', 'chin', 'eye'] as const;
const VERTICAL = ['face-left', 'face-right', 'face-centre', 'photo-centre'] as const;

/** A marker being dragged: its line follows the pointer until the user lets go. */
export interface PendingMarker {
  readonly marker: Marker;
  readonly line: GuideLine;
}

function setAttributes(el: Element | null, attributes: Record<string, number | string>): void {
  if (!el) return;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
}

function placeLine(svg: SVGSVGElement, name: string, line: GuideLine, horizontal: boolean, extent: number): void {
  const el = svg.querySelector(`[data-guide="${name}"]`);
  if (horizontal) setAttributes(el, { x1: 0, x2: extent, y1: line.px, y2: line.px });
  else setAttributes(el, { y1: 0, y2: extent, x1: line.px, x2: line.px });
  el?.classList.toggle('editor-guides__line--bad', !line.withinTolerance);
}

function placeBand(svg: SVGSVGElement, name: string, band: GuideBand | null, extent: number, bad: boolean): void {
  const el = svg.querySelector(`[data-guide="${name}-band"]`);
  if (!el) return;
  el.classList.toggle('editor-guides__band--hidden', band === null);
  el.classList.toggle('editor-guides__band--bad', bad);
  if (!band) return;
  setAttributes(el, { x: 0, width: extent, y: band.startPx, height: band.sizePx });
}

/**
 * Moves the overlay's lines and bands to `guides` (output px: the SVG's viewBox is the photo's pixel grid), with
 * a dragged marker's line at the pointer. Called from the preview's paint callback, never through React.
 */
export function paintGuides(svg: SVGSVGElement, guides: GuideLines, pending: PendingMarker | null): void {
  const { widthPx, heightPx } = guides;
  svg.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`);
  const lines: Record<(typeof HORIZONTAL)[number] | (typeof VERTICAL)[number], GuideLine> = {
    crown: pending?.marker === 'crown' ? pending.line : guides.crown,
    chin: pending?.marker === 'chin' ? pending.line : guides.chin,
    eye: guides.eye,
    'face-left': guides.faceLeft,
    'face-right': guides.faceRight,
    'face-centre': guides.faceCentre,
    'photo-centre': guides.photoCentre,
  };
  for (const name of HORIZONTAL) placeLine(svg, name, lines[name], true, widthPx);
  for (const name of VERTICAL) placeLine(svg, name, lines[name], false, heightPx);
  placeBand(svg, 'crown', guides.crownBand, widthPx, !guides.crown.withinTolerance);
  placeBand(svg, 'chin', guides.chinBand, widthPx, !guides.chin.withinTolerance);
  placeBand(svg, 'eye', guides.eyeBand, widthPx, !guides.eye.withinTolerance);
  svg.classList.toggle('editor-guides--dragging', pending !== null);
}

/**
 * The overlay above the photo canvas: the canvas keeps exactly the exported pixels, the guides live here.
 * Lines keep a constant on-screen width at any zoom (non-scaling stroke).
 */
export function GuideOverlay({ svgRef, hidden }: { svgRef: React.RefObject<SVGSVGElement | null>; hidden: boolean }) {
  return (
    <svg ref={svgRef} className={`editor-guides${hidden ? ' editor-guides--hidden' : ''}`} preserveAspectRatio="none" aria-hidden="true" data-testid="guides">
      <rect data-guide="crown-band" className="editor-guides__band editor-guides__band--crown" />
      <rect data-guide="chin-band" className="editor-guides__band editor-guides__band--chin" />
      <rect data-guide="eye-band" className="editor-guides__band editor-guides__band--eye editor-guides__band--hidden" />
      <line data-guide="photo-centre" className="editor-guides__line editor-guides__line--centre" vectorEffect="non-scaling-stroke" />
      <line data-guide="face-centre" className="editor-guides__line editor-guides__line--face-centre" vectorEffect="non-scaling-stroke" />
      <line data-guide="face-left" className="editor-guides__line editor-guides__line--face" vectorEffect="non-scaling-stroke" />
      <line data-guide="face-right" className="editor-guides__line editor-guides__line--face" vectorEffect="non-scaling-stroke" />
      <line data-guide="eye" className="editor-guides__line editor-guides__line--eye" vectorEffect="non-scaling-stroke" />
      <line data-guide="chin" className="editor-guides__line editor-guides__line--chin" vectorEffect="non-scaling-stroke" />
      <line data-guide="crown" className="editor-guides__line editor-guides__line--crown" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
