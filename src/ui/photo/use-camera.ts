import { useEffect, useState } from 'react';
import { CameraError, countCameras, openCamera, type CameraErrorKind, type CameraFacing, type CameraSession } from '../../platform/camera';

export type CameraState =
  | { readonly status: 'starting' }
  | { readonly status: 'live'; readonly session: CameraSession; readonly cameraCount: number }
  | { readonly status: 'error'; readonly kind: CameraErrorKind };

/**
 * The camera stream for as long as the component wants it: opened for `facing`, reopened when `attempt` changes
 * (the "try again" button), stopped on unmount, so the camera light goes off when the view closes.
 */
export function useCamera(facing: CameraFacing, attempt: number): CameraState {
  const [state, setState] = useState<CameraState>({ status: 'starting' });
  useEffect(() => {
    let cancelled = false;
    let session: CameraSession | null = null;
    setState({ status: 'starting' });
    openCamera(facing)
      .then(async (opened) => {
        if (cancelled) return opened.stop();
        session = opened;
        const cameraCount = await countCameras().catch(() => 1);
        if (!cancelled) setState({ status: 'live', session: opened, cameraCount });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        console.warn('camera failed to open', error);
        setState({ status: 'error', kind: error instanceof CameraError ? error.kind : 'other' });
      });
    return () => {
      cancelled = true;
      session?.stop();
    };
  }, [facing, attempt]);
  return state;
}
