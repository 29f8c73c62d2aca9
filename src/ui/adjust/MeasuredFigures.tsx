import { useTranslation } from 'react-i18next';
import { inRange, type Range } from '../../core/units';
import { selectMeasurement, selectPlan, selectSpec } from '../../store/selectors';
import { fixedDecimals } from '../shared/fixed-decimals';
import { usePhotoStore } from '../shared/store-context';

/** One decimal: the precision a user can set and a counter clerk can see with a ruler. */
const DISPLAY_DECIMALS = 1;

function Figure({ label, valueMm, range, provisional, testId }: { label: string; valueMm: number; range?: Range; provisional?: boolean; testId: string }) {
  const { t } = useTranslation('common');
  const ok = range ? inRange(valueMm, range, 0.05) : true;
  return (
    <div className={`figure${ok ? '' : ' figure--bad'}`} data-testid={testId} data-value-mm={valueMm.toFixed(2)}>
      <dt>{label}</dt>
      <dd>
        <strong>{t('units.mm', { value: fixedDecimals(valueMm, DISPLAY_DECIMALS) })}</strong>
        {range && <span className="figure__range">{t('result.allowed', { min: range.min, max: range.max })}</span>}
        {provisional && <span className="figure__provisional">{t('result.provisional')}</span>}
      </dd>
    </div>
  );
}

export function MeasuredFigures() {
  const { t } = useTranslation('common');
  const plan = usePhotoStore(selectPlan);
  const spec = usePhotoStore(selectSpec);
  const face = usePhotoStore(selectMeasurement);
  if (!plan || !face) return null;
  const provisional = face.crownSource === 'estimate';
  return (
    <dl className="figures" data-testid="figures" data-crown-source={face.crownSource}>
      <Figure label={t('result.photoSize')} valueMm={spec.widthMm} testId="figure-width" />
      <Figure label={t('result.faceHeight')} valueMm={plan.faceHeightMm} range={spec.faceHeightMm} provisional={provisional} testId="figure-face-height" />
      <Figure label={t('result.topMargin')} valueMm={plan.topMarginMm} range={spec.topMarginMm} provisional={provisional} testId="figure-top-margin" />
      <Figure
        label={t('result.centreOffset')}
        valueMm={plan.offsetXMm}
        range={{ min: -spec.centringToleranceMm, max: spec.centringToleranceMm }}
        testId="figure-offset"
      />
    </dl>
  );
}
