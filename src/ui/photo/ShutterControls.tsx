import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_TIMER_MS } from '../../core/capture/capture-tracker';
import type { GuidanceView } from './use-live-guidance';

const MS_PER_S = 1000;

interface ShutterControlsProps {
  readonly view: GuidanceView;
  readonly status: string;
  /** The shutter can be pressed: the camera is live, its frame known, no still being taken. */
  readonly shutterReady: boolean;
  readonly noFace: boolean;
  readonly shutterButton: RefObject<HTMLButtonElement | null>;
  readonly onShutter: () => void;
  readonly selfTimerOn: boolean;
  readonly onToggleSelfTimer: () => void;
  readonly soundOn: boolean;
  readonly onToggleSound: () => void;
  /** Offered only when the device has more than one camera. */
  readonly onSwitchCamera: (() => void) | null;
}

/** Under the live preview: the status line, the self-timer, sound and camera toggles, and the shutter. */
export function ShutterControls(props: ShutterControlsProps) {
  const { view, status, shutterReady, noFace, shutterButton, onShutter, selfTimerOn, soundOn, onSwitchCamera } = props;
  const { t } = useTranslation('capture');
  const selfTimerSeconds = SELF_TIMER_MS / MS_PER_S;
  const timerRunning = view.phase === 'timer';
  return (
    <>
      <p id="camera-hint" className={`camera__hint${view.hint ? '' : ' camera__hint--good'}`} role="status" aria-live="polite" data-testid="camera-hint" data-hint={view.hint ?? ''}>
        {status}
      </p>
      <div className="camera__controls">
        <div className="camera__options">
          <button type="button" className="camera__toggle" aria-pressed={selfTimerOn} onClick={props.onToggleSelfTimer} data-testid="camera-self-timer">
            {t('selfTimer', { seconds: selfTimerSeconds })}
          </button>
          <button type="button" className="camera__toggle" aria-pressed={soundOn} onClick={props.onToggleSound} data-testid="camera-sound">
            {t('sound')}
          </button>
          {onSwitchCamera && (
            <button type="button" className="camera__toggle" onClick={onSwitchCamera} data-testid="camera-switch">
              {t('switchCamera')}
            </button>
          )}
        </div>
        <button
          ref={shutterButton}
          type="button"
          className={`camera__shutter${timerRunning ? ' camera__shutter--timer' : ''}`}
          onClick={onShutter}
          // No face found yet: the shutter waits for one (a timer already running can still be cancelled).
          disabled={!shutterReady || (noFace && !timerRunning)}
          aria-describedby="camera-hint"
          data-no-face={noFace}
          aria-label={timerRunning ? t('cancelTimer') : selfTimerOn ? t('startTimer', { seconds: selfTimerSeconds }) : t('shutter')}
          data-testid="camera-shutter"
        />
      </div>
    </>
  );
}
