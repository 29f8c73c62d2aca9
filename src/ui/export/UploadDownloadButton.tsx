import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes, fileStem } from '../../platform/download';
import { renderUpload } from '../../render/render-upload';
import { digitalOutputPx, fileSizeBandBytes, specName } from '../../specs';
import { selectUploadIsPrint } from '../../store/download-selectors';
import { selectBackground, selectPlan, selectSpec } from '../../store/selectors';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';

/**
 * For documents with an online-upload rule whose file differs from the print file (another pixel size): the exact
 * pixel size and a file inside the KB band, named for where it goes. Where the two would be the same file,
 * DownloadButton offers one download for both.
 */
export function UploadDownloadButton() {
  const { t, i18n } = useTranslation(['specs', 'common']);
  const sameAsPrint = usePhotoStore(selectUploadIsPrint);
  const store = usePhotoStoreApi();
  const spec = usePhotoStore(selectSpec);
  const ready = usePhotoStore((s) => s.photo !== null && selectPlan(s) !== null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!spec.digital || sameAsPrint) return null;
  const size = digitalOutputPx(spec);

  const download = async () => {
    const state = store.getState();
    const plan = selectPlan(state);
    if (!state.photo || !plan) return;
    setBusy(true);
    try {
      const file = await renderUpload(
        { source: state.photo.bitmap, plan, background: selectBackground(state), matte: state.matte },
        { widthPx: size.widthPx, heightPx: size.heightPx, widthMm: spec.widthMm, band: fileSizeBandBytes(spec.digital) },
      );
      downloadBytes(file.bytes, `${fileStem(state.photo.fileName)}-${spec.id}-upload.jpg`, 'image/jpeg');
      setNote(!file.withinBand ? t('common:result.uploadOutOfBand') : file.padded ? t('specs:digital.padded') : null);
    } catch (error) {
      console.error('upload export failed', error);
      setNote(t('errors:render-failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download">
      <button type="button" className="button button--large" disabled={!ready || busy} onClick={() => void download()} data-testid="download-upload">
        {t('common:result.downloadUploadFor', { document: specName(spec, i18n.language === 'ja' ? 'ja' : 'en') })}
      </button>
      <p className="download__note">{t('specs:digital.exportSize', { width: size.widthPx, height: size.heightPx })}</p>
      {note && <p className="download__note" role="status">{note}</p>}
    </div>
  );
}
