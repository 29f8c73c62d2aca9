import type { useTranslation } from 'react-i18next';
import type { GuidanceView } from './use-live-guidance';

type CaptureT = ReturnType<typeof useTranslation<'capture'>>['t'];

/** What the camera is doing now, in one line for the status under the preview (one hint at a time). */
export function cameraStatus(t: CaptureT, starting: boolean, capturing: boolean, view: GuidanceView): string {
  if (starting) return t('status.starting');
  if (capturing) return t('status.capturing');
  if (view.phase === 'timer' && view.secondsLeft !== null) return t('status.timer', { seconds: view.secondsLeft });
  if (view.phase === 'countdown' && view.secondsLeft !== null) return t('status.countdown', { seconds: view.secondsLeft });
  if (view.model === 'loading') return t('status.loading');
  if (view.model === 'failed') return t('status.modelFailed');
  if (view.hint) return t(`hints.${view.hint}`);
  if (view.phase === 'steady' || view.phase === 'countdown') return t('status.hold');
  return t('status.loading');
}
