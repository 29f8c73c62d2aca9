import { selectFaceStatsDone, selectFindings } from '../../store/compliance-selectors';
import { usePhotoStore } from '../shared/store-context';
import { Checklist } from './Checklist';

/**
 * The compliance report for the photo on screen, beside the preview. data-photo-id and data-complete let tests and
 * the batch tooling tell a finished report of this photo from one still filling in (matte or statistics pending).
 */
export function ComplianceChecklist() {
  const findings = usePhotoStore(selectFindings);
  const measured = usePhotoStore(selectFaceStatsDone);
  const ready = usePhotoStore((s) => s.stage === 'ready');
  const photoId = usePhotoStore((s) => s.photo?.id ?? null);
  if (findings.length === 0) return null;
  return (
    <div data-testid="compliance" data-photo-id={photoId ?? undefined} data-complete={measured && ready}>
      <Checklist findings={findings} measuring={!measured} />
    </div>
  );
}
