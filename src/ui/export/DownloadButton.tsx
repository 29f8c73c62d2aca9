import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes, fileStem } from '../../platform/download';
import { renderJpeg } from '../../render/render-jpeg';
import { selectHasFailure } from '../../store/compliance-selectors';
import { selectBackground, selectPlan, selectSpec } from '../../store/selectors';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';

export function DownloadButton() {
  const { t } = useTranslation('common');
  const store = usePhotoStoreApi();
  const ready = usePhotoStore((s) => s.photo !== null && selectPlan(s) !== null);
  const stage = usePhotoStore((s) => s.stage);
  const failing = usePhotoStore(selectHasFailure);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    const state = store.getState();
    const plan = selectPlan(state);
    if (!state.photo || !plan) return;
    setBusy(true);
    setFailed(false);
    try {
      const bytes = await renderJpeg({ source: state.photo.bitmap, plan, background: selectBackground(state), matte: state.matte });
      downloadBytes(bytes, `${fileStem(state.photo.fileName)}-${selectSpec(state).id}.jpg`, 'image/jpeg');
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
        {t('result.download')}
      </button>
      {stage === 'matting' && <p className="download__note">{t('result.downloadWhileMatting')}</p>}
      {/* Still downloadable: the report is guidance, and the office decides (issue 7). */}
      {failing && <p className="download__note" data-testid="export-warning">{t('compliance:exportWarning')}</p>}
      {failed && <p className="download__error" role="alert">{t('errors:render-failed')}</p>}
    </div>
  );
}
