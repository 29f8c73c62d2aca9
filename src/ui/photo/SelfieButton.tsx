import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraView } from './CameraView';

/**
 * "Take a selfie": opens the guided camera view. `onUseUpload` is the upload path the camera view offers when the
 * camera cannot be used; it is called from the click itself, so the file picker may open. `onOpen`: opening the
 * camera is intent, so the models start downloading.
 */
export function SelfieButton({ disabled, onUseUpload, onOpen }: { disabled: boolean; onUseUpload: () => void; onOpen?: () => void }) {
  const { t } = useTranslation('capture');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="button selfie-button" onClick={() => {
          onOpen?.();
          setOpen(true);
        }} disabled={disabled} data-testid="open-camera">
        <svg className="selfie-button__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 8h3l2-3h6l2 3h3v11H4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          <circle cx="12" cy="13" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        {t('open')}
      </button>
      {open && (
        <CameraView
          onClose={() => {
            setOpen(false);
            // Back where the user was, for keyboard and screen-reader users.
            button.current?.focus();
          }}
          onUseUpload={() => {
            setOpen(false);
            onUseUpload();
          }}
        />
      )}
    </>
  );
}
