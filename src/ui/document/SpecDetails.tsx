import { useTranslation } from 'react-i18next';
import { localizedNote, type InferableField, type ProducibleSpec, type SpecLanguage } from '../../specs';
import { selectSpec } from '../../store/selectors';
import { colourKey } from '../shared/colour-key';
import { usePhotoStore } from '../shared/store-context';

/** The "our estimate" badge, when any of the fields behind a line is our inference rather than a published figure. */
function Inferred({ spec, field }: { spec: ProducibleSpec; field: InferableField | readonly InferableField[] }) {
  const { t } = useTranslation('specs');
  const fields: readonly InferableField[] = typeof field === 'string' ? [field] : field;
  if (!fields.some((f) => spec.inferred.includes(f))) return null;
  return (
    <span className="badge badge--warn" data-testid="inferred-badge">
      {' '}
      {t('figures.inferred')}
    </span>
  );
}

/** Which crown the face height is measured from, and why (the source's words, or our reason where it says nothing). */
function HairRuleLine({ spec, lang }: { spec: ProducibleSpec; lang: SpecLanguage }) {
  const { t } = useTranslation('specs');
  const { rule, crownMeasuredAt, reason } = spec.hairRule;
  const key = rule === 'undefined' ? `hairRule.undefined-${crownMeasuredAt}` : `hairRule.${rule}`;
  return (
    <li data-testid="spec-hair-rule" data-hair-rule={rule} data-crown={crownMeasuredAt}>
      {t(key)} <span className="spec-details__why">{t('hairRule.why', { reason: localizedNote(reason, lang) })}</span>
    </li>
  );
}

/** The chosen document's rules in plain words, with the sources and how sure we are of each figure. */
export function SpecDetails() {
  const { t, i18n } = useTranslation('specs');
  const lang: SpecLanguage = i18n.language === 'ja' ? 'ja' : 'en';
  const spec = usePhotoStore(selectSpec);
  const face = spec.faceHeightMm;
  const top = spec.topMarginMm;
  return (
    <details className="spec-details" data-testid="spec-details">
      <summary>{t('common:document.requirements')}</summary>
      <ul className="spec-details__list">
        <li>
          {t('figures.size', { width: spec.widthMm, height: spec.heightMm })}
          <Inferred spec={spec} field="widthMm" />
        </li>
        <li>
          {t(spec.faceHeightIncludesHair ? 'figures.faceWithHair' : 'figures.faceWithoutHair', { min: face.min, max: face.max })}
          <Inferred spec={spec} field="faceHeightMm" />
        </li>
        <HairRuleLine spec={spec} lang={lang} />
        <li>
          {t('figures.topMargin', { min: top.min, max: top.max })}
          <Inferred spec={spec} field="topMarginMm" />
        </li>
        {spec.chinToBottomMm?.min !== undefined && spec.chinToBottomMm.max === undefined && <li>{t('figures.chinToBottomMin', { min: spec.chinToBottomMm.min })}</li>}
        {spec.chinToBottomMm?.min !== undefined && spec.chinToBottomMm.max !== undefined && (
          <li>{t('figures.chinToBottomRange', { min: spec.chinToBottomMm.min, max: spec.chinToBottomMm.max })}</li>
        )}
        <li>
          {t('figures.centring', { value: spec.centringToleranceMm })}
          <Inferred spec={spec} field="centringToleranceMm" />
        </li>
        {spec.eyeLineFromBottomMm && <li>{t('figures.eyeLine', { min: spec.eyeLineFromBottomMm.min, max: spec.eyeLineFromBottomMm.max })}</li>}
        {spec.headWidthMm && <li>{t('figures.headWidth', { min: spec.headWidthMm.min, max: spec.headWidthMm.max })}</li>}
        <li>{t('figures.recommended')}</li>
        <li>
          {t(`background.rule.${spec.background.rule}`)} {t('background.default', { colour: t(`colour.${colourKey(spec.background.default) ?? 'white'}`) })}
          <Inferred spec={spec} field={['background.default', 'background.allowed']} />
        </li>
        <li>
          {t(`colourMode.${spec.colour}`)}
          <Inferred spec={spec} field="colour" />
        </li>
        <li>{t(`retouching.${spec.retouching}`)}</li>
        <li>{t(`glasses.${spec.glasses}`)}</li>
        <li>{t(`headCovering.${spec.headCovering}`)}</li>
        <li>
          {spec.maxAgeMonths === null ? t('maxAge.unknown') : t('maxAge.months', { count: spec.maxAgeMonths })}
          <Inferred spec={spec} field="maxAgeMonths" />
        </li>
        {spec.writeOnBack.length > 0 && (
          <li data-testid="spec-write-on-back">
            {t('backOfPhoto.intro', { items: spec.writeOnBack.map((item) => t(`backOfPhoto.${item}`)).join(lang === 'ja' ? '・' : ', ') })}
            <Inferred spec={spec} field="writeOnBack" />
          </li>
        )}
      </ul>
      <p className={`spec-details__confidence spec-details__confidence--${spec.confidence}`} data-testid="spec-confidence" data-confidence={spec.confidence}>
        <strong>{t(`confidenceLabel.${spec.confidence}`)}</strong> — {t(`confidence.${spec.confidence}`)}
      </p>
      {spec.confidence === 'low' && (
        <p className="spec-details__check-office" data-testid="spec-check-office">
          {t('checkWithOffice')}
        </p>
      )}
      {spec.digital && (
        <div className="spec-details__digital">
          <h4>{t('digital.title')}</h4>
          <ul>
            <li>{t('digital.formats', { formats: spec.digital.formats.join(', ').toUpperCase() })}</li>
            {(['widthPx', 'heightPx'] as const).map((axis) => {
              const band = spec.digital?.[axis];
              if (!band) return null;
              const name = t(axis === 'widthPx' ? 'digital.width' : 'digital.height');
              if (band.min !== undefined && band.max !== undefined) return <li key={axis}>{t('digital.pixelsRange', { axis: name, min: band.min, max: band.max })}</li>;
              if (band.min !== undefined) return <li key={axis}>{t('digital.pixelsMin', { axis: name, min: band.min })}</li>;
              return <li key={axis}>{t('digital.pixelsMax', { axis: name, max: band.max })}</li>;
            })}
            {spec.digital.square && <li>{t('digital.square')}</li>}
            {spec.digital.fileSizeKb?.min !== undefined && spec.digital.fileSizeKb.max !== undefined && (
              <li>{t('digital.fileSizeRange', { min: spec.digital.fileSizeKb.min, max: spec.digital.fileSizeKb.max })}</li>
            )}
            {spec.digital.fileSizeKb?.min !== undefined && spec.digital.fileSizeKb.max === undefined && <li>{t('digital.fileSizeMin', { min: spec.digital.fileSizeKb.min })}</li>}
            {spec.digital.fileSizeKb?.max !== undefined && spec.digital.fileSizeKb.min === undefined && <li>{t('digital.fileSizeMax', { max: spec.digital.fileSizeKb.max })}</li>}
            {spec.digital.colourSpace === 'srgb' && <li>{t('digital.srgb')}</li>}
          </ul>
          <p
            className={`spec-details__confidence spec-details__confidence--${spec.digital.confidence}`}
            data-testid="spec-digital-confidence"
            data-confidence={spec.digital.confidence}
          >
            {t('digital.confidence', { label: t(`confidenceLabel.${spec.digital.confidence}`), explanation: t(`confidence.${spec.digital.confidence}`) })}
          </p>
          {spec.digital.note && <p data-testid="spec-digital-note">{localizedNote(spec.digital.note, lang)}</p>}
          {spec.digital.confidence === 'low' && spec.confidence !== 'low' && <p className="spec-details__check-office">{t('checkWithOffice')}</p>}
        </div>
      )}
      {spec.notes.length > 0 && (
        <div className="spec-details__notes">
          <h4>
            {t('notes.title')}
            {lang !== 'ja' && i18n.language !== 'en' && <span className="badge"> {t('notes.inEnglish')}</span>}
          </h4>
          <ul>
            {spec.notes.map((note, i) => (
              <li key={i}>{localizedNote(note, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="spec-details__sources">
        <h4>{t('sources.title')}</h4>
        <ul>
          {spec.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              <span className="spec-details__source-meta">
                ({source.official ? t('sources.official') : t('sources.secondary')}, {t('sources.checkedOn', { date: source.checkedOn })})
              </span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
