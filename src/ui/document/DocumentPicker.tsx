import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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

/** The id of an option element, unique per picker and group (a spec can be listed in "recent" and its kind). */
function optionId(listId: string, groupKey: string, specId: string): string {
  return `${listId}-${groupKey}-${specId}`;
}

interface OptionProps {
  readonly id: string;
  readonly spec: DocumentSpec;
  /** The UI language (any of the twelve): names and countries are shown in it. */
  readonly lang: string;
  readonly selected: boolean;
  readonly active: boolean;
  readonly onPick: (s: DocumentSpec) => void;
}

/**
 * One row of the listbox (ARIA combobox pattern): focus stays in the search field, which points at the active row
 * with aria-activedescendant; a click or Enter picks it.
 */
function SpecOption({ id, spec, lang, selected, active, onPick }: OptionProps) {
  const { t } = useTranslation('specs');
  const producible = isProducible(spec);
  const local = specLocalName(spec);
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={`doc-option${selected ? ' doc-option--selected' : ''}${active ? ' doc-option--active' : ''}`}
      // The search field keeps the focus: a press on a row must not blur it before the click picks the row.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(spec)}
      data-testid={`doc-option-${spec.id}`}
    >
      <span className="doc-option__name">
        {documentName(spec, lang)}
        {spec.country && <span className="doc-option__country"> · {countryName(spec.country, lang)}</span>}
      </span>
      <span className="doc-option__meta">
        {producible && spec.id !== CUSTOM_SPEC_ID && <span>{`${spec.widthMm}×${spec.heightMm} mm`}</span>}
        {local && <span lang={spec.names.local?.lang}>{local}</span>}
        {!producible && <span className="badge badge--info">{t('picker.inPersonBadge')}</span>}
        {producible && spec.confidence === 'low' && <span className="badge badge--warn">{t('picker.lowConfidenceBadge')}</span>}
      </span>
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
  const listboxId = `${listId}-listbox`;
  const search = useRef<HTMLInputElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const current = documentSpecs.find((s) => s.id === spec.id);

  // The names the list shows (documentName) are searched too: a Vietnamese reader finds rows by their Vietnamese names.
  const results = useMemo(() => searchSpecs(query, lang, { uiName: (s) => documentName(s, i18n.language) }), [query, lang, i18n.language]);
  const groups = useMemo(
    () => (query.trim() ? [{ key: 'results', title: '', specs: results }] : groupSpecs(documentSpecs, recentSpecIds, (k) => t(k))),
    [query, results, recentSpecIds, t],
  );
  /** Every row in the order shown, for the arrow keys. */
  const rows = useMemo(() => groups.flatMap((g) => g.specs.map((s) => ({ id: optionId(listId, g.key, s.id), spec: s }))), [groups, listId]);
  const active = rows[activeIndex];

  // A new query starts again from the top; the active row is kept in view inside the scrolling list.
  useEffect(() => setActiveIndex(-1), [query]);
  useEffect(() => {
    if (active) document.getElementById(active.id)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => {
    setOpen(false);
    setActiveIndex(-1);
    changeButton.current?.focus();
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (rows.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((i) => (i < 0 ? (step > 0 ? 0 : rows.length - 1) : (i + step + rows.length) % rows.length));
    } else if (e.key === 'Home' && activeIndex >= 0) {
      e.preventDefault();
      setActiveIndex(0);
    } else if (e.key === 'End' && activeIndex >= 0) {
      e.preventDefault();
      setActiveIndex(rows.length - 1);
    } else if (e.key === 'Enter') {
      // Enter picks the active row, or the only match of a search.
      const chosen = active ?? (query.trim() && rows.length === 1 ? rows[0] : undefined);
      if (!chosen) return;
      e.preventDefault();
      pick(chosen.spec);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // The first Escape clears the search, the next one closes the list (as a search field does).
      if (query) setQuery('');
      else close();
    }
  };

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
    setQuery('');
    close();
  };

  return (
    <div className="document-picker">
      <div className="document-picker__current" data-testid="current-document" data-spec-id={spec.id}>
        <div>
          <div className="document-picker__name">{current ? documentName(current, i18n.language) : spec.id}</div>
          <div className="document-picker__size">{t('common:document.size', { width: spec.widthMm, height: spec.heightMm })}</div>
        </div>
        <button
          ref={changeButton}
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
              role="combobox"
              aria-expanded="true"
              aria-controls={listboxId}
              aria-autocomplete="list"
              aria-activedescendant={active?.id}
              onKeyDown={onSearchKey}
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
          {/* Focusable so that a keyboard can scroll the long list too (WCAG 2.1.1), not only the arrow keys in the search. */}
          <div className="document-picker__list" data-testid="document-list" tabIndex={0}>
            {rows.length === 0 && <p role="status">{t('specs:picker.noResults', { query })}</p>}
            <div id={listboxId} role="listbox" aria-label={t('specs:picker.searchLabel')}>
              {groups
                .filter((group) => group.specs.length > 0)
                .map((group) => (
                  <ul key={group.key} className="doc-group__list" role="group" aria-labelledby={group.title ? `${listId}-${group.key}-title` : undefined}>
                    {group.title && (
                      <li role="presentation" className="doc-group__title" id={`${listId}-${group.key}-title`}>
                        {group.title}
                      </li>
                    )}
                    {group.specs.map((s) => {
                      const id = optionId(listId, group.key, s.id);
                      return <SpecOption key={id} id={id} spec={s} lang={i18n.language} selected={s.id === spec.id} active={active?.id === id} onPick={pick} />;
                    })}
                  </ul>
                ))}
            </div>
          </div>
        </div>
      )}
      {customOpen && <CustomSizeForm onDone={() => setCustomOpen(false)} />}
      <SpecDetails />
    </div>
  );
}
