import { memo } from 'react';
import type { CaptureGuide } from '../../core/capture/capture-guide';

/**
 * Draws the guide the core computed, in the camera frame's own pixels (viewBox = frame size), so it lines up with
 * the video drawn into the same box. Everything outside the document's photo is shaded; the head outline turns
 * green while every check passes. Strokes keep their screen width whatever the frame's resolution. Memoised: the
 * camera view re-renders with every analysed frame, the guide only changes with the document or the camera.
 */
export const CaptureOverlay = memo(function CaptureOverlay({ guide, good }: { guide: CaptureGuide; good: boolean }) {
  const { frame, photo, head, crownY, chinY } = guide;
  const outside = `M0 0H${frame.widthPx}V${frame.heightPx}H0Z`;
  const hole = `M${photo.x} ${photo.y}h${photo.width}v${photo.height}h${-photo.width}Z`;
  const outline = head.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const lineProps = { x1: photo.x, x2: photo.x + photo.width, vectorEffect: 'non-scaling-stroke' as const };
  return (
    <svg className="camera__overlay" viewBox={`0 0 ${frame.widthPx} ${frame.heightPx}`} preserveAspectRatio="none" aria-hidden="true">
      <path className="camera__shade" d={`${outside}${hole}`} fillRule="evenodd" />
      <rect className="camera__photo" x={photo.x} y={photo.y} width={photo.width} height={photo.height} vectorEffect="non-scaling-stroke" />
      <polygon className={`camera__head${good ? ' camera__head--good' : ''}`} points={outline} vectorEffect="non-scaling-stroke" />
      <line className="camera__line camera__line--crown" y1={crownY} y2={crownY} {...lineProps} />
      <line className="camera__line camera__line--chin" y1={chinY} y2={chinY} {...lineProps} />
    </svg>
  );
});
