import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhotoStore } from '../shared/store-context';
import { SelfieButton } from './SelfieButton';

/** Pick, drop or paste a photo. The file goes to the store; this component does no image work. */
export function PhotoInput() {
  const { t } = useTranslation('common');
  const loadPhoto = usePhotoStore((s) => s.loadPhoto);
  const prepareModels = usePhotoStore((s) => s.prepareModels);
  // Opening the picker is intent: the models download while the user looks for a photo.
  const openPicker = () => {
    prepareModels();
    input.current?.click();
  };
  const hasPhoto = usePhotoStore((s) => s.photo !== null);
  const busy = usePhotoStore((s) => s.stage === 'decoding' || s.stage === 'detecting');
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = useCallback(
    (files: FileList | null | undefined) => {
      const file = files?.[0];
      if (file) void loadPhoto(file, file.name);
    },
    [loadPhoto],
  );

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = [...(event.clipboardData?.files ?? [])][0];
      if (file) {
        event.preventDefault();
        void loadPhoto(file, file.name || 'pasted-photo');
      }
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [loadPhoto]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className={`dropzone${dragging ? ' dropzone--active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      <svg className="dropzone__icon" viewBox="0 0 48 48" aria-hidden="true">
        <rect x="6" y="10" width="36" height="28" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <circle cx="24" cy="23" r="6" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M16 10l3-4h10l3 4" fill="none" stroke="currentColor" strokeWidth="2.5" />
      </svg>
      <button type="button" className="button button--primary" onClick={openPicker} disabled={busy}>
        {hasPhoto ? t('input.change') : t('input.choose')}
      </button>
      <SelfieButton disabled={busy} onUseUpload={openPicker} onOpen={prepareModels} />
      <p className="dropzone__hint">{t('input.hint')}</p>
      <p className="dropzone__privacy">{t('input.privacy')}</p>
      <input
        ref={input}
        type="file"
        // File pickers on systems without a HEIF codec give .heic no image MIME type: name the extensions too.
        accept="image/*,.heic,.heif,.avif"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}
