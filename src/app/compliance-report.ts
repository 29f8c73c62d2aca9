import i18next from 'i18next';
import type { Finding, FindingStatus, FindingUnit, NumericLimit, RuleName } from '../core/compliance/finding';
import { selectFindings, selectManualItems } from '../store/compliance-selectors';
import type { StoreState } from '../store/store-state';

/** One finding in the batch JSON: numbers in `unit`, the verdict and its fix as one English sentence pair. */
export interface FindingReport {
  readonly rule: RuleName;
  readonly status: FindingStatus;
  readonly measured: number | null;
  readonly unit: FindingUnit | null;
  /** A range in `unit`, or words where the limit is not a number ("not a mirror image"). */
  readonly limit: NumericLimit | string;
  readonly message: string;
}

/** The batch report is read by people and scripts in any locale: English, whatever the page's language. */
function english(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return i18next.t(key, { ...params, ns: 'compliance', lng: 'en' });
}

export function findingReport(finding: Finding): FindingReport {
  const message = english(finding.messageKey, finding.params);
  return {
    rule: finding.rule,
    status: finding.status,
    measured: finding.measured,
    unit: finding.unit,
    limit: typeof finding.limit === 'string' ? english(finding.limit) : finding.limit,
    message: finding.fixKey ? `${message} ${english(finding.fixKey, finding.params)}` : message,
  };
}

/**
 * The compliance part of the batch report (issue 7): every automatic finding, worst first, and the questions
 * only the person in the photo can answer (the batch cannot tick them).
 */
export function complianceReport(state: StoreState): { findings: FindingReport[]; manualChecks: string[] } {
  return {
    findings: selectFindings(state).map(findingReport),
    manualChecks: selectManualItems(state).map((item) => {
      const question = english(item.messageKey, item.params);
      return item.ruleKey ? `${question} (${english(item.ruleKey, item.params)})` : question;
    }),
  };
}
