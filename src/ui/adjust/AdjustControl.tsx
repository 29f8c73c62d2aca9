import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { adjustmentsOutsideTolerance, rangesWithin, toleranceRanges } from '../../core/crop/adjustment-ranges';
import type { Adjustments } from '../../core/crop/adjustments';
import { ADJUSTMENT_STEP, LARGE_STEP_MULTIPLIER, nudgeAdjustment } from '../../core/crop/nudge-adjustment';
import { parseAdjustmentInput } from '../../core/crop/parse-adjustment-input';
import type { PhotoSpec } from '../../core/photo-spec';
import type { StoreState } from '../../store/store-state';
import { fixedDecimals } from '../shared/fixed-decimals';
import { usePhotoStoreApi } from '../shared/store-context';
import { newGestureId } from './gesture-id';
import { DISPLAY_DECIMALS } from './preview-view';

export type AdjustField = keyof Adjustments;

/** Keys that step a value, and by how many steps; Shift multiplies by LARGE_STEP_MULTIPLIER. */
const SLIDER_KEYS: Readonly<Record<string, number>> = {
  ArrowUp: 1,
  ArrowRight: 1,
  ArrowDown: -1,
  ArrowLeft: -1,
  PageUp: LARGE_STEP_MULTIPLIER,
  PageDown: -LARGE_STEP_MULTIPLIER,
};
/** In the text field Left and Right move the caret, as in any text field. */
const FIELD_KEYS: Readonly<Record<string, number>> = { ArrowUp: 1, ArrowDown: -1 };

function format(value: number): string {
  return fixedDecimals(value, DISPLAY_DECIMALS);
}

type Store = ReturnType<typeof usePhotoStoreApi>;

/**
 * Steps the value by a key press (SLIDER_KEYS or FIELD_KEYS), inside the tolerance or the editable range; false
 * when the key is not a stepping key. A key stays one undo step while it is held (auto-repeat).
 */
function stepByKey(
  store: Store,
  spec: PhotoSpec,
  field: AdjustField,
  e: KeyboardEvent<HTMLInputElement>,
  keys: Readonly<Record<string, number>>,
  within: 'tolerance' | 'editable',
  keyGesture: RefObject<string>,
): boolean {
  const steps = keys[e.key];
  if (steps === undefined) return false;
  // Each new press is its own undo step.
  e.preventDefault();
  if (!e.repeat || !keyGesture.current) keyGesture.current = newGestureId(`key-${field}`);
  const state = store.getState();
  const bounds = rangesWithin(spec, within)[field];
  const patch = nudgeAdjustment(spec, state.adjustments, field, steps * (e.shiftKey ? LARGE_STEP_MULTIPLIER : 1), bounds);
  state.setAdjustments(patch, { gesture: keyGesture.current });
  return true;
}

/** The elements that show the value: kept in step with the store by a subscription, not by React renders. */
interface ValueViews {
  readonly slider: RefObject<HTMLInputElement | null>;
  readonly input: RefObject<HTMLInputElement | null>;
  readonly root: RefObject<HTMLDivElement | null>;
  /** The field's text is the user's while they type; the store does not overwrite it until they commit or leave. */
  readonly editing: RefObject<boolean>;
}

/** Shows the store's value of `field` in the slider, the text field and the control's out-of-tolerance mark. */
function useFollowAdjustment(store: Store, field: AdjustField, spec: PhotoSpec, views: ValueViews): void {
  const { slider, input, root, editing } = views;
  useEffect(() => {
    const sync = (state: StoreState) => {
      const value = state.adjustments[field];
      const outside = adjustmentsOutsideTolerance(spec, { [field]: value }).length > 0;
      if (slider.current) slider.current.value = String(value);
      if (input.current && !editing.current) input.current.value = format(value);
      root.current?.classList.toggle('adjust-control--bad', outside);
      root.current?.setAttribute('data-value', format(value));
      input.current?.setAttribute('aria-invalid', String(outside));
    };
    sync(store.getState());
    let last = store.getState().adjustments[field];
    return store.subscribe((state) => {
      if (state.adjustments[field] === last) return;
      last = state.adjustments[field];
      sync(state);
    });
  }, [store, field, spec, slider, input, root, editing]);
}

interface PartProps {
  readonly field: AdjustField;
  readonly spec: PhotoSpec;
  /** useId of the control: the parts' ids and descriptions derive from it. */
  readonly id: string;
  readonly keyGesture: RefObject<string>;
}

/** The slider over the document's tolerance; a drag is one undo step. */
function AdjustSlider({ field, spec, id, keyGesture, slider }: PartProps & { slider: RefObject<HTMLInputElement | null> }) {
  const store = usePhotoStoreApi();
  const sliderGesture = useRef<string | null>(null);
  const range = toleranceRanges(spec)[field];
  return (
    <input
      ref={slider}
      id={`${id}-slider`}
      className="adjust-control__slider"
      type="range"
      min={range.min}
      max={range.max}
      step={ADJUSTMENT_STEP[field]}
      defaultValue={store.getState().adjustments[field]}
      aria-describedby={`${id}-range`}
      data-testid={`adjust-slider-${field}`}
      onPointerDown={() => {
        sliderGesture.current = newGestureId(`slider-${field}`);
      }}
      onInput={(e) => {
        // The store snaps the value to its step; the slider's track is the tolerance.
        store.getState().setAdjustments({ [field]: Number(e.currentTarget.value) }, { gesture: sliderGesture.current ?? newGestureId(`slider-${field}`), within: 'tolerance' });
      }}
      onKeyDown={(e) => void stepByKey(store, spec, field, e, SLIDER_KEYS, 'tolerance', keyGesture)}
    />
  );
}

/** The text field: typed values are committed on Enter or on leaving; Escape puts the store's value back. */
function AdjustTextField(props: PartProps & Omit<ValueViews, 'slider' | 'root'> & { error: string | null; setError: (error: string | null) => void }) {
  const { field, spec, id, keyGesture, input, editing, error, setError } = props;
  const { t } = useTranslation('adjust');
  const store = usePhotoStoreApi();
  const unit = t(`fields.${field}.unit`);
  const showStoreValue = (el: HTMLInputElement) => {
    el.value = format(store.getState().adjustments[field]);
  };
  const drop = () => {
    editing.current = false;
    setError(null);
  };

  const commitText = (): boolean => {
    const el = input.current;
    if (!el) return false;
    const parsed = parseAdjustmentInput(spec, field, el.value);
    if (!parsed.ok) {
      // The typing range is wider than the document's tolerance (a value outside it is allowed, shown in red):
      // the message names both, so it never contradicts the "allowed" line above the slider.
      const allowed = toleranceRanges(spec)[field];
      setError(t('invalid', { min: format(parsed.range.min), max: format(parsed.range.max), allowedMin: format(allowed.min), allowedMax: format(allowed.max), unit }));
      return false;
    }
    setError(null);
    editing.current = false;
    store.getState().setAdjustments({ [field]: parsed.value });
    showStoreValue(el);
    return true;
  };

  return (
    <span className="adjust-control__number">
      <input
        ref={input}
        className="adjust-control__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={t(`fields.${field}.label`)}
        aria-describedby={`${id}-range${error ? ` ${id}-error` : ''}`}
        data-testid={`adjust-input-${field}`}
        onInput={() => {
          editing.current = true;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commitText();
            return;
          }
          if (e.key === 'Escape') {
            drop();
            showStoreValue(e.currentTarget);
            return;
          }
          if (stepByKey(store, spec, field, e, FIELD_KEYS, 'editable', keyGesture)) drop();
        }}
        onBlur={() => {
          if (!editing.current) return;
          // Leaving the field with something unreadable puts the current value back.
          if (!commitText()) {
            drop();
            if (input.current) showStoreValue(input.current);
          }
        }}
      />
      <span className="adjust-control__unit">{unit}</span>
    </span>
  );
}

/**
 * One adjustment: a slider over the tolerance and a text field, in 0.1 steps, with the allowed range. The values
 * on screen follow the store through a subscription (no React render per drag frame); React renders only when the
 * document, and with it the range, changes.
 */
export function AdjustControl({ field, spec }: { field: AdjustField; spec: PhotoSpec }) {
  const { t } = useTranslation('adjust');
  const store = usePhotoStoreApi();
  const id = useId();
  const slider = useRef<HTMLInputElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const editing = useRef(false);
  const keyGesture = useRef('');
  const [error, setError] = useState<string | null>(null);
  const range = toleranceRanges(spec)[field];
  const unit = t(`fields.${field}.unit`);
  useFollowAdjustment(store, field, spec, { slider, input, root, editing });
  const part = { field, spec, id, keyGesture };

  return (
    <div ref={root} className="adjust-control" data-testid={`adjust-control-${field}`}>
      <div className="adjust-control__head">
        <label className="adjust-control__label" htmlFor={`${id}-slider`}>
          {t(`fields.${field}.label`)}
        </label>
        <span className="adjust-control__range" id={`${id}-range`}>
          {t('allowed', { min: format(range.min), max: format(range.max), unit })}
        </span>
      </div>
      <div className="adjust-control__row">
        <AdjustSlider {...part} slider={slider} />
        <AdjustTextField {...part} input={input} editing={editing} error={error} setError={setError} />
      </div>
      {error && (
        <p className="adjust-control__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
