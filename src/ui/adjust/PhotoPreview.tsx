import { useEffect, useRef } from 'react';
import { renderPhoto } from '../../render/render-photo';
import { selectBackground, selectPlan } from '../../store/selectors';
import type { PhotoState } from '../../store/photo-store';
import { usePhotoStoreApi } from '../shared/store-context';

interface Props {
  readonly label: string;
}

/**
 * The result at its true aspect. Redraws through a store subscription, not a React render per change
 * (DESIGN.md habit 6): the canvas shows the very pixels the JPEG will have, scaled by CSS.
 */
export function PhotoPreview({ label }: Props) {
  const store = usePhotoStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let sequence = 0;
    let last: unknown[] = [];
    const draw = async (state: PhotoState) => {
      const plan = selectPlan(state);
      const background = selectBackground(state);
      const key = [state.photo, state.matte, plan, background];
      if (key.every((k, i) => k === last[i])) return;
      last = key;
      const target = canvas.current;
      if (!target || !state.photo || !plan) return;
      const mine = ++sequence;
      const rendered = await renderPhoto({ source: state.photo.bitmap, plan, background, matte: state.matte });
      if (mine !== sequence) return;
      target.width = rendered.width;
      target.height = rendered.height;
      target.getContext('2d')?.drawImage(rendered, 0, 0);
      target.dataset.planKey = `${plan.outputWidthPx}x${plan.outputHeightPx}`;
    };
    void draw(store.getState());
    return store.subscribe((state) => void draw(state));
  }, [store]);

  return <canvas ref={canvas} className="preview__canvas" aria-label={label} data-testid="preview-canvas" />;
}
