import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BORDERLESS_SCALE_MAX,
  BORDERLESS_SCALE_MIN,
  borderlessScaleFromEnlargementPercent,
  enlargementPercentFromBorderlessScale,
  isValidBorderlessScale,
} from '../../core/sheet/borderless-scale';
import './SheetOptions.css';

/** A paper the user can pick (a row of specs/papers.json satisfies it). */
export interface SheetPaperOption {
  readonly id: string;
  readonly names: { readonly en: string; readonly ja: string };
  readonly output: 'jpeg' | 'pdf';
}

/** One document on the sheet, with its name already in the user's language. */
export interface SheetDocumentRow {
  readonly specId: string;
  readonly name: string;
  readonly copies: number | 'fill';
  /** How many the layout placed (its outcomes); null while there is no layout yet. */
  readonly placed: number | null;
}

export interface SheetOptionsProps {
  readonly papers: readonly SheetPaperOption[];
  readonly paperId: string;
  readonly onPaperChange: (paperId: string) => void;
  readonly documents: readonly SheetDocumentRow[];
  readonly onCopiesChange: (specId: string, copies: number | 'fill') => void;
  /** Documents that may join the sheet (mixed sheets from the same photo); omitted: no "add" control. */
  readonly addableDocuments?: readonly { readonly specId: string; readonly name: string }[];
  readonly onAddDocument?: (specId: string) => void;
  readonly onRemoveDocument?: (specId: string) => void;
  /** The layout turned the photos sideways on the paper (SheetLayout.quarterTurn). */
  readonly quarterTurn?: boolean;
  readonly borderless: boolean;
  readonly onBorderlessChange: (borderless: boolean) => void;
  /** The borderless pre-scale (1/1.035 by default); shown to the user as the machine's enlargement in %. */
  readonly borderlessScale: number;
  readonly onBorderlessScaleChange: (scale: number) => void;
}

/** The 2L sheet holds 20 of the smallest photo; for more, "as many as fit" is the better choice. */
const MAX_COPIES_CHOICE = 20;
const FILL = 'fill';
/** Percent shown to one decimal: the ruler is read to 0.25 mm on 50 mm (0.5 %). */
const PERCENT_DECIMALS = 1;
const PERCENT_STEP = 0.1;

function parseCopies(value: string): number | 'fill' | null {
  if (value === FILL) return FILL;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Paper, copies per document, and the borderless variant: props in, callbacks out, no store. */
export function SheetOptions(props: SheetOptionsProps) {
  const { t, i18n } = useTranslation('sheet');
  const ja = i18n.language === 'ja';
  const id = useId();
  const paper = props.papers.find((p) => p.id === props.paperId);
  const copyChoices = Array.from({ length: MAX_COPIES_CHOICE }, (_, i) => i + 1);

  return (
    <section className="sheet-options" aria-labelledby={`${id}-title`}>
      <h3 className="sheet-options__title" id={`${id}-title`}>
        {t('options.title')}
      </h3>

      <label className="field">
        <span className="field__label">{t('options.paper')}</span>
        <select value={props.paperId} data-testid="sheet-paper" onChange={(e) => props.onPaperChange(e.target.value)}>
          {props.papers.map((p) => (
            <option key={p.id} value={p.id}>
              {ja ? p.names.ja : p.names.en}
            </option>
          ))}
        </select>
      </label>
      {paper && <p className="sheet-options__hint">{t(paper.output === 'pdf' ? 'options.outputPdf' : 'options.outputJpeg')}</p>}

      <fieldset className="sheet-options__documents">
        <legend className="field__label">{t('options.documents')}</legend>
        {props.documents.map((doc) => (
          <div className="sheet-options__row" key={doc.specId} data-testid={`sheet-copies-row-${doc.specId}`}>
            <label className="sheet-options__name" htmlFor={`${id}-${doc.specId}`}>
              {doc.name}
            </label>
            <select
              id={`${id}-${doc.specId}`}
              aria-label={t('options.copies', { name: doc.name })}
              value={String(doc.copies)}
              data-testid={`sheet-copies-${doc.specId}`}
              onChange={(e) => {
                const copies = parseCopies(e.target.value);
                if (copies !== null) props.onCopiesChange(doc.specId, copies);
              }}
            >
              <option value={FILL}>{t('options.fill')}</option>
              {copyChoices.map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
            {props.onRemoveDocument && props.documents.length > 1 ? (
              <button
                type="button"
                className="button button--quiet sheet-options__remove"
                aria-label={t('options.remove', { name: doc.name })}
                onClick={() => props.onRemoveDocument?.(doc.specId)}
              >
                ×
              </button>
            ) : (
              <span />
            )}
            {doc.placed !== null && <Placed copies={doc.copies} placed={doc.placed} />}
          </div>
        ))}
        {props.addableDocuments && props.addableDocuments.length > 0 && props.onAddDocument && (
          <label className="field">
            <span className="field__label">{t('options.add')}</span>
            <select
              value=""
              data-testid="sheet-add-document"
              onChange={(e) => {
                if (e.target.value) props.onAddDocument?.(e.target.value);
              }}
            >
              <option value="">{t('options.addPlaceholder')}</option>
              {props.addableDocuments.map((doc) => (
                <option key={doc.specId} value={doc.specId}>
                  {doc.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {props.quarterTurn === true && <p className="sheet-options__hint">{t('options.turned')}</p>}

      {paper?.output !== 'pdf' && (
        <BorderlessControls
          borderless={props.borderless}
          onBorderlessChange={props.onBorderlessChange}
          borderlessScale={props.borderlessScale}
          onBorderlessScaleChange={props.onBorderlessScaleChange}
        />
      )}
    </section>
  );
}

/** "4 on the sheet", or in red "Only 2 of 5 fit" when numbered copies did not all fit. */
function Placed({ copies, placed }: { copies: number | 'fill'; placed: number }) {
  const { t } = useTranslation('sheet');
  const short = typeof copies === 'number' && placed < copies;
  return (
    <span className={`sheet-options__placed${short ? ' sheet-options__placed--short' : ''}`} role={short ? 'alert' : undefined}>
      {short ? t('options.notAllFit', { placed, requested: copies }) : t('options.placed', { count: placed })}
    </span>
  );
}

type BorderlessProps = Pick<SheetOptionsProps, 'borderless' | 'onBorderlessChange' | 'borderlessScale' | 'onBorderlessScaleChange'>;

function BorderlessControls({ borderless, onBorderlessChange, borderlessScale, onBorderlessScaleChange }: BorderlessProps) {
  const { t } = useTranslation('sheet');
  // The text being typed, kept until the field loses focus so "3." is not rewritten while the user types "3.5".
  const [draft, setDraft] = useState<string | null>(null);
  const shown = enlargementPercentFromBorderlessScale(borderlessScale).toFixed(PERCENT_DECIMALS);
  const minPercent = enlargementPercentFromBorderlessScale(BORDERLESS_SCALE_MAX);
  const maxPercent = Number(enlargementPercentFromBorderlessScale(BORDERLESS_SCALE_MIN).toFixed(PERCENT_DECIMALS));
  return (
    <div className="sheet-options__borderless">
      <label className="sheet-options__toggle">
        <input type="checkbox" checked={borderless} data-testid="sheet-borderless" onChange={(e) => onBorderlessChange(e.target.checked)} />
        <span>{t('options.borderless')}</span>
      </label>
      <p className="sheet-options__hint">{t('options.borderlessHint')}</p>
      {borderless && (
        <label className="field">
          <span className="field__label">{t('options.enlargement')}</span>
          <input
            type="number"
            inputMode="decimal"
            min={minPercent}
            max={maxPercent}
            step={PERCENT_STEP}
            value={draft ?? shown}
            data-testid="sheet-enlargement"
            onChange={(e) => {
              setDraft(e.target.value);
              const percent = Number(e.target.value);
              if (e.target.value.trim() === '' || !Number.isFinite(percent)) return;
              const scale = borderlessScaleFromEnlargementPercent(percent);
              if (isValidBorderlessScale(scale)) onBorderlessScaleChange(scale);
            }}
            onBlur={() => setDraft(null)}
          />
          <span className="sheet-options__hint">{t('options.enlargementHint')}</span>
        </label>
      )}
    </div>
  );
}
