import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOM_SPEC_ID,
  documentKindSchema,
  documentSpecs,
  isProducible,
  searchSpecs,
  specLocalName,
  type DocumentSpec,
  type DocumentKind,
} from '../../specs';
import { documentName } from '../../i18n/document-names';
import { selectSpec } from '../../store/selectors';
import { usePhotoStore } from '../shared/store-context';
import { CustomSizeForm } from './CustomSizeForm';
import { SpecDetails } from './SpecDetails';
import './DocumentPicker.css';

type Lang = 'ja' | 'en';

function countryName(code: string | null, lang: string): string {
  if (!code) return '';
  if (code === 'EU') return lang === 'ja' ? 'シェンゲン協定国' : 'Schengen area';
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Group {
  readonly key: string;
  readonly title: string;
  readonly specs: readonly DocumentSpec[];
}

/** Recently used first, then by kind (in the table's order of kinds), Japanese documents before others. */
function groupSpecs(specs: readonly DocumentSpec[], recentIds: readonly string[], t: (k: string) => string): Group[] {
  const groups: Group[] = [];
  const recent = recentIds.map((id) => specs.find((s) => s.id === id)).filter((s): s is DocumentSpec => !!s);
  if (recent.length > 0) groups.push({ key: 'recent', title: t('specs:picker.recent'), specs: recent });
  for (const kind of documentKindSchema.options as readonly DocumentKind[]) {
    const ofKind = specs.filter((s) => s.kind === kind);
    if (ofKind.length > 0) groups.push({ key: kind, title: t(`specs:kind.${kind}`), specs: ofKind });
  }
  return groups;
}

function SpecOption({ spec, selected, onPick }: { spec: DocumentSpec; selected: boolean; onPick: (s: DocumentSpec) => void }) {
  const { t, i18n } = useTranslation('specs');
  const producible = isProducible(spec);
  const local = specLocalName(spec);
  return (
    <li>
      <button
        type="button"
        className={`doc-option${selected ? ' doc-option--selected' : ''}`}
        onClick={() => onPick(spec)}
        aria-pressed={selected}
        data-testid={`doc-option-${spec.id}`}
      >
        <span className="doc-option__name">
          {documentName(spec, i18n.language)}
          {spec.country && <span className="doc-option__country"> · {countryName(spec.country, i18n.language)}</span>}
        </span>
        <span className="doc-option__meta">
          {producible && spec.id !== CUSTOM_SPEC_ID && <span>{`${spec.widthMm}×${spec.heightMm} mm`}</span>}
          {local && <span lang={spec.names.local?.lang}>{local}</span>}
          {!producible && <span className="badge badge--info">{t('picker.inPersonBadge')}</span>}
          {producible && spec.confidence === 'low' && <span className="badge badge--warn">{t('picker.lowConfidenceBadge')}</span>}
        </span>
      </button>
    </li>
  );
}

/**
 * Choose the document: search over every name (在留, residence, zairyu, パスポート…), grouped by kind and
 * country, recently used first. Picking a row the office photographs itself explains that instead of selecting.
 */
export function DocumentPicker() {
  const { t, i18n } = useTranslation(['common', 'specs']);
  const lang: Lang = i18n.language === 'ja' ? 'ja' : 'en';
  const spec = usePhotoStore(selectSpec);
  const recentSpecIds = usePhotoStore((s) => s.recentSpecIds);
  const chooseDocument = usePhotoStore((s) => s.chooseDocument);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [inPerson, setInPerson] = useState<DocumentSpec | null>(null);
  const [customOpen, setCustomOpen] = useState(spec.id === CUSTOM_SPEC_ID);
  const listId = useId();
  const search = useRef<HTMLInputElement>(null);
  const current = documentSpecs.find((s) => s.id === spec.id);

  const results = useMemo(() => searchSpecs(query, lang), [query, lang]);
  const groups = useMemo(
    () => (query.trim() ? [{ key: 'results', title: '', specs: results }] : groupSpecs(documentSpecs, recentSpecIds, (k) => t(k))),
    [query, results, recentSpecIds, t],
  );

  const pick = (picked: DocumentSpec) => {
    if (!isProducible(picked)) {
      setInPerson(picked);
      return;
    }
    setInPerson(null);
    if (picked.id === CUSTOM_SPEC_ID) {
      setCustomOpen(true);
      setOpen(false);
      return;
    }
    setCustomOpen(false);
    chooseDocument(picked);
    setOpen(false);
    setQuery('');
  };

  return (
    <div className="document-picker">
      <div className="document-picker__current" data-testid="current-document" data-spec-id={spec.id}>
        <div>
          <div className="document-picker__name">{current ? documentName(current, i18n.language) : spec.id}</div>
          <div className="document-picker__size">{t('common:document.size', { width: spec.widthMm, height: spec.heightMm })}</div>
        </div>
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={listId}
          data-testid="change-document"
          onClick={() => {
            setOpen(!open);
            setTimeout(() => search.current?.focus(), 0);
          }}
        >
          {open ? t('common:document.close') : t('common:document.change')}
        </button>
      </div>

      {open && (
        <div className="document-picker__panel" id={listId}>
          <label className="field">
            <span className="field__label">{t('specs:picker.searchLabel')}</span>
            <input
              ref={search}
              type="search"
              value={query}
              placeholder={t('specs:picker.searchPlaceholder')}
              onChange={(e) => {
                setQuery(e.target.value);
                setInPerson(null);
              }}
              data-testid="document-search"
              autoComplete="off"
            />
          </label>
          {inPerson && (
            <p className="banner banner--info" role="status" data-testid="in-person-note">
              <strong>{documentName(inPerson, i18n.language)}</strong> — {t('specs:capture.in-person')}
            </p>
          )}
          <div className="document-picker__list" data-testid="document-list">
            {groups.every((g) => g.specs.length === 0) && <p>{t('specs:picker.noResults', { query })}</p>}
            {groups.map((group) => (
              <section key={group.key} className="doc-group">
                {group.title && <h3 className="doc-group__title">{group.title}</h3>}
                <ul className="doc-group__list">
                  {group.specs.map((s) => (
                    <SpecOption key={`${group.key}-${s.id}`} spec={s} selected={s.id === spec.id} onPick={pick} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      )}
      {customOpen && <CustomSizeForm onDone={() => setCustomOpen(false)} />}
      <SpecDetails />
    </div>
  );
}
