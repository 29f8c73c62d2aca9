import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes, fileStem } from '../../platform/download';
import { renderJpeg } from '../../render/render-jpeg';
import { renderUpload } from '../../render/render-upload';
import { digitalOutputPx, fileSizeBandBytes, specName } from '../../specs';
import { selectHasFailure } from '../../store/compliance-selectors';
import { selectUploadIsPrint } from '../../store/download-selectors';
import { selectBackground, selectPlan, selectSpec } from '../../store/selectors';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';

/**
 * The one primary action: the photo at 600 dpi. Where the online-upload file would have the same pixels
 * (selectUploadIsPrint), this one file is also fitted to the upload's file-size band (the very same bytes when
 * the print file already fits) and says that it serves both.
 */
export function DownloadButton() {
  const { t, i18n } = useTranslation(['common', 'specs']);
  const store = usePhotoStoreApi();
  const ready = usePhotoStore((s) => s.photo !== null && selectPlan(s) !== null);
  const stage = usePhotoStore((s) => s.stage);
  const failing = usePhotoStore(selectHasFailure);
  const spec = usePhotoStore(selectSpec);
  const forUploadToo = usePhotoStore(selectUploadIsPrint);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const download = async () => {
    const state = store.getState();
    const plan = selectPlan(state);
    if (!state.photo || !plan) return;
    setBusy(true);
    setFailed(false);
    setNote(null);
    try {
      const current = selectSpec(state);
      const input = { source: state.photo.bitmap, plan, background: selectBackground(state), matte: state.matte };
      let bytes: Uint8Array;
      if (selectUploadIsPrint(state) && current.digital) {
        const size = digitalOutputPx(current);
        const file = await renderUpload(input, { ...size, widthMm: current.widthMm, band: fileSizeBandBytes(current.digital) });
        bytes = file.bytes;
        setNote(!file.withinBand ? t('common:result.uploadOutOfBand') : file.padded ? t('specs:digital.padded') : null);
      } else {
        bytes = await renderJpeg(input);
      }
      downloadBytes(bytes, `${fileStem(state.photo.fileName)}-${current.id}.jpg`, 'image/jpeg');
    } catch (error) {
      console.error('export failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download">
      <button type="button" className="button button--primary button--large" disabled={!ready || busy} onClick={() => void download()} data-testid="download-jpeg">
        {t('common:result.download')}
      </button>
      {forUploadToo && (
        <p className="download__note" data-testid="download-serves-upload">
          {t('common:result.downloadServesUpload', { document: specName(spec, i18n.language === 'ja' ? 'ja' : 'en') })}
        </p>
      )}
      {stage === 'matting' && <p className="download__note">{t('common:result.downloadWhileMatting')}</p>}
      {/* Still downloadable: the report is guidance, and the office decides (issue 7). */}
      {failing && <p className="download__note" data-testid="export-warning">{t('compliance:exportWarning')}</p>}
      {note && <p className="download__note" role="status">{note}</p>}
      {failed && <p className="download__error" role="alert">{t('errors:render-failed')}</p>}
    </div>
  );
}
