import { useTranslation } from 'react-i18next';
import { selectBackground, selectSpec } from '../../store/selectors';
import { colourKey } from '../shared/colour-key';
import { usePhotoStore } from '../shared/store-context';

/** Only the colours the chosen document allows; the default is the spec's. */
export function BackgroundChooser() {
  const { t } = useTranslation(['specs', 'common']);
  const spec = usePhotoStore(selectSpec);
  const current = usePhotoStore(selectBackground);
  const setBackgroundColour = usePhotoStore((s) => s.setBackgroundColour);
  if (spec.background.allowed.length < 2) return null;
  return (
    <fieldset className="field backgrounds-field">
      <legend className="field__label">{t('common:document.background')}</legend>
      <div className="backgrounds" role="group">
        {spec.background.allowed.map((hex) => {
          const name = t(`specs:colour.${colourKey(hex) ?? 'white'}`);
          return (
            <button
              key={hex}
              type="button"
              className="swatch"
              aria-pressed={hex === current}
              data-testid={`background-${hex}`}
              onClick={() => setBackgroundColour(hex === spec.background.default ? null : hex)}
            >
              <span className="swatch__chip" style={{ background: hex }} aria-hidden="true" />
              {name}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
