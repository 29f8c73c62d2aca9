import { useTranslation } from 'react-i18next';
import type { Finding, FindingLimit, FindingUnit } from '../../core/compliance/finding';
import { roundedForDisplay } from '../shared/fixed-decimals';
import './Checklist.css';

export interface ChecklistProps {
  /** From checkCompliance: already sorted worst first; shown in this order. */
  readonly findings: readonly Finding[];
  /** The light and sharpness checks are still being measured: their findings are not in the list yet. */
  readonly measuring?: boolean;
}

type T = ReturnType<typeof useTranslation>['t'];

/** The decimals each unit is shown with (compliance.json `value.*`): rounding first keeps "-0.0" off screen. */
const UNIT_DECIMALS: Readonly<Record<FindingUnit, number>> = { mm: 1, deg: 1, score: 2, ratio: 3, percent: 1, dpi: 0, faces: 0, bits: 1, lightness: 0, 'delta-e': 0, gradient: 0 };

function formatValue(t: T, unit: FindingUnit, value: number): string {
  return t(`value.${unit}`, { value: roundedForDisplay(value, UNIT_DECIMALS[unit]) });
}

function formatLimit(t: T, unit: FindingUnit | null, limit: FindingLimit): string {
  if (typeof limit === 'string') return t(limit);
  if (unit === null) return '';
  const min = limit.min === undefined ? undefined : formatValue(t, unit, limit.min);
  const max = limit.max === undefined ? undefined : formatValue(t, unit, limit.max);
  if (min !== undefined && min === max) return min;
  if (min !== undefined && max !== undefined) return t('limit.range', { min, max });
  if (max !== undefined) return t('limit.atMost', { max });
  if (min !== undefined) return t('limit.atLeast', { min });
  return '';
}

function FindingRow({ finding }: { finding: Finding }) {
  const { t } = useTranslation('compliance');
  const { rule, status, measured, unit, limit, messageKey, fixKey, params } = finding;
  const limitText = formatLimit(t, unit, limit);
  const valueText = measured !== null && unit !== null ? formatValue(t, unit, measured) : null;
  return (
    <li className={`checklist__finding checklist__finding--${status}`} data-testid={`finding-${rule}`} data-rule={rule} data-status={status} data-measured={measured ?? undefined}>
      <span className={`checklist__badge checklist__badge--${status}`}>{t(`status.${status}`)}</span>
      <div className="checklist__body">
        <div className="checklist__head">
          <strong className="checklist__rule">{t(`rules.${rule}`)}</strong>
          {valueText !== null && (
            <span className="checklist__value">{limitText ? t('valueWithLimit', { value: valueText, limit: limitText }) : valueText}</span>
          )}
        </div>
        <p className="checklist__message">{t(messageKey, params)}</p>
        {fixKey && <p className="checklist__fix">{t(fixKey, params)}</p>}
      </div>
    </li>
  );
}

/**
 * The compliance report beside the preview: every automatic finding with its value, limit and a one-line fix,
 * worst first (passing checks folded away). The questions only the user can answer are ManualChecklist, after
 * the download button: here they would push it two screens down. Presentation only: no store, no arithmetic.
 */
export function Checklist({ findings, measuring = false }: ChecklistProps) {
  const { t } = useTranslation('compliance');
  const open = findings.filter((f) => f.status !== 'pass');
  const passed = findings.filter((f) => f.status === 'pass');
  const failCount = open.filter((f) => f.status === 'fail').length;
  const warnCount = open.length - failCount;
  return (
    <section className="checklist" data-testid="checklist" data-measuring={measuring} aria-labelledby="checklist-title" aria-busy={measuring}>
      <h3 id="checklist-title" className="checklist__title">{t('title')}</h3>
      <p className="checklist__summary" data-testid="checklist-summary">
        {failCount + warnCount === 0 ? t('allPass') : t('summary', { fail: failCount, warn: warnCount })}
      </p>
      {measuring && <p className="checklist__measuring">{t('measuring')}</p>}
      {open.length > 0 && (
        <ul className="checklist__findings">
          {open.map((finding) => (
            <FindingRow key={finding.rule} finding={finding} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details className="checklist__passed">
          <summary>{t('passed', { count: passed.length })}</summary>
          <ul className="checklist__findings">
            {passed.map((finding) => (
              <FindingRow key={finding.rule} finding={finding} />
            ))}
          </ul>
        </details>
      )}
      <p className="checklist__disclaimer">{t('disclaimer')}</p>
    </section>
  );
}
