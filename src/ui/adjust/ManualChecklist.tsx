import { useTranslation } from 'react-i18next';
import { selectManualChecked, selectManualItems } from '../../store/compliance-selectors';
import { usePhotoStore } from '../shared/store-context';
import './Checklist.css';

/**
 * The document rules that say more than the question above them (compliance.json `manual.*.ask`): the others
 * (no glasses, no retouching, no hat…) would repeat the question in other words, so only these are shown.
 */
const RULES_THAT_ADD = new Set(['specs:glasses.discouraged', 'specs:glasses.medical-only', 'specs:headCovering.religious-or-medical-with-statement']);

/**
 * What a photo alone cannot tell us (glasses glare, head covering, photo age, retouching, a mirrored upload):
 * questions the user ticks, each with the chosen document's own rule under it. Ticks belong to this photo and
 * document.
 */
export function ManualChecklist() {
  const { t } = useTranslation('compliance');
  const items = usePhotoStore(selectManualItems);
  const checked = usePhotoStore(selectManualChecked);
  const toggle = usePhotoStore((s) => s.toggleManualCheck);
  const hasPhoto = usePhotoStore((s) => s.photo !== null);
  if (!hasPhoto || items.length === 0) return null;
  return (
    <fieldset className="checklist__manual" data-testid="manual-checklist">
      <legend className="checklist__manual-title">{t('manual.title')}</legend>
      <p className="checklist__hint">{t('manual.hint')}</p>
      {items.map((item) => (
        <label key={item.id} className="checklist__ask" data-testid={`manual-${item.id}`}>
          <input type="checkbox" checked={checked.has(item.id)} onChange={() => toggle(item.id)} />
          <span>
            {t(item.messageKey, item.params)}
            {item.ruleKey && RULES_THAT_ADD.has(item.ruleKey) && <small className="checklist__rule-text">{t(item.ruleKey, item.params)}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
