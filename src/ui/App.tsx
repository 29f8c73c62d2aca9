import { useTranslation } from 'react-i18next';
import { useRevealResult } from './shared/use-reveal-result';
import { PhotoInput } from './photo/PhotoInput';
import { DocumentPicker } from './document/DocumentPicker';
import { PhotoEditor } from './adjust/PhotoEditor';
import { MeasuredFigures } from './adjust/MeasuredFigures';
import { BackgroundChooser } from './adjust/BackgroundChooser';
import { ComplianceChecklist } from './adjust/ComplianceChecklist';
import { ManualChecklist } from './adjust/ManualChecklist';
import { DownloadButton } from './export/DownloadButton';
import { UploadDownloadButton } from './export/UploadDownloadButton';
import { SheetPanel } from './export/SheetPanel';
import { ErrorBanner, Warnings } from './shared/ErrorBanner';
import { LanguageSwitcher } from './shared/LanguageSwitcher';
import { OfflineStatus } from './shared/OfflineStatus';
import { Progress } from './shared/Progress';
import { usePhotoStore } from './shared/store-context';

export function App() {
  const { t } = useTranslation('common');
  const hasPhoto = usePhotoStore((s) => s.photo !== null);
  const resultHeading = useRevealResult();
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">{t('title')}</h1>
        {/* The header's tools (language; offline readiness) sit together at the right. */}
        <div className="app__tools">
          <LanguageSwitcher />
        </div>
      </header>
      <OfflineStatus />
      <main className="steps">
        <section className="step" aria-labelledby="step-photo">
          <h2 id="step-photo" className="step__title">
            <span className="step__number">1</span>
            {t('steps.photo')}
          </h2>
          <PhotoInput />
        </section>
        <section className="step" aria-labelledby="step-document">
          <h2 id="step-document" className="step__title">
            <span className="step__number">2</span>
            {t('steps.document')}
          </h2>
          <DocumentPicker />
        </section>
        <section className="step step--result" aria-labelledby="step-result">
          <h2 id="step-result" className="step__title" ref={resultHeading} tabIndex={-1}>
            <span className="step__number">3</span>
            {t('steps.result')}
          </h2>
          {hasPhoto ? (
            <div className="result">
              {/* The editor shows the progress of the slow steps on top of its sticky preview. */}
              <PhotoEditor label={t('result.previewLabel')} />
              <div className="result__side">
                <MeasuredFigures />
                <Warnings />
                <BackgroundChooser />
                {/* One primary action: the photo; the upload file only where it differs from it. */}
                <DownloadButton />
                <UploadDownloadButton />
                <ComplianceChecklist />
                <ManualChecklist />
              </div>
            </div>
          ) : (
            <>
              <Progress />
              <p className="step__empty">{t('result.empty')}</p>
            </>
          )}
          {hasPhoto && <SheetPanel />}
        </section>
      </main>
      {/* Fixed at the bottom of the screen: an error shows where the user is, however far they have scrolled. */}
      <ErrorBanner />
      <footer className="app__footer">
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.noGuarantee')}</p>
        <p>
          {t('footer.licence')} <a href="https://www.gnu.org/licenses/agpl-3.0.html" rel="noopener noreferrer">AGPL-3.0-or-later</a>
        </p>
      </footer>
    </div>
  );
}
