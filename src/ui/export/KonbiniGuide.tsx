import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './KonbiniGuide.css';

export interface KonbiniGuideProps {
  /** The chosen paper's output: a konbini photo print (jpeg) or a home printer (pdf). */
  readonly output: 'jpeg' | 'pdf';
  /** The sheet is made for borderless printing: the guide says to choose borderless and check the ruler. */
  readonly borderless: boolean;
}

/**
 * How to print the sheet at true size: Seven-Eleven netprint, Network Print at Lawson / FamilyMart / Ministop,
 * "with border" (フチあり), the ruler check, cutting. Facts from specs.md §14. Illustrations are inline SVG with no
 * words in them, so both languages share them; each has a text alternative.
 */
export function KonbiniGuide({ output, borderless }: KonbiniGuideProps) {
  const { t } = useTranslation('sheet');
  return (
    <section className="konbini-guide" aria-labelledby="konbini-guide-title" data-testid="konbini-guide">
      <h3 className="konbini-guide__title" id="konbini-guide-title">
        {t(output === 'pdf' ? 'guide.homeTitle' : 'guide.title')}
      </h3>
      {output === 'pdf' ? (
        <p className="konbini-guide__text">{t('guide.home')}</p>
      ) : (
        <>
          <p className="konbini-guide__text">{t('guide.intro')}</p>
          <figure className="konbini-guide__figure">
            <FlowIllustration />
            <figcaption className="visually-hidden">{t('guide.flowAlt')}</figcaption>
          </figure>
          <div className="konbini-guide__chains">
            {(['seven', 'network'] as const).map((chain) => (
              <div className="konbini-guide__chain" key={chain}>
                <h4 className="konbini-guide__subtitle">{t(`guide.${chain}.title`)}</h4>
                <ol className="konbini-guide__steps">
                  <li>{t(`guide.${chain}.register`)}</li>
                  <li>{t(`guide.${chain}.number`)}</li>
                  <li>{t(`guide.${chain}.print`)}</li>
                </ol>
              </div>
            ))}
          </div>
          <div className="konbini-guide__item">
            <BorderIllustration />
            <div>
              <h4 className="konbini-guide__subtitle">{t('guide.borderTitle')}</h4>
              <p className="konbini-guide__text">{t('guide.border')}</p>
              {borderless && (
                <p className="konbini-guide__note" role="note">
                  {t('guide.borderlessOn')}
                </p>
              )}
              <span className="visually-hidden">{t('guide.borderAlt')}</span>
            </div>
          </div>
        </>
      )}
      <div className="konbini-guide__item">
        <RulerIllustration />
        <div>
          <h4 className="konbini-guide__subtitle">{t('guide.rulerTitle')}</h4>
          <p className="konbini-guide__text">{t(output === 'pdf' ? 'guide.rulerHome' : 'guide.ruler')}</p>
          <span className="visually-hidden">{t('guide.rulerAlt')}</span>
        </div>
      </div>
      <div className="konbini-guide__item">
        <CutIllustration />
        <div>
          <h4 className="konbini-guide__subtitle">{t('guide.cutTitle')}</h4>
          <p className="konbini-guide__text">{t('guide.cut')}</p>
          <span className="visually-hidden">{t('guide.cutAlt')}</span>
        </div>
      </div>
    </section>
  );
}

const INK = 'currentColor';
const ACCENT = 'var(--accent, #1f6feb)';
const PHOTO = '#cfe0f5';

/** A small sheet: four photos, a ruler line under them. */
function MiniSheet({ x, y, scale = 1 }: { x: number; y: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <rect width="36" height="52" rx="1.5" fill="#fff" stroke={INK} strokeWidth="1.2" />
      {[
        [5, 5],
        [19, 5],
        [5, 23],
        [19, 23],
      ].map(([px, py]) => (
        <rect key={`${px}-${py}`} x={px} y={py} width="12" height="15" fill={PHOTO} stroke={INK} strokeWidth="0.6" />
      ))}
      <line x1="8" y1="45" x2="28" y2="45" stroke={INK} strokeWidth="0.8" />
    </g>
  );
}

/** Phone with the sheet → a reservation number → the store's multicopy machine. */
function FlowIllustration() {
  return (
    <svg className="konbini-guide__svg konbini-guide__svg--wide" viewBox="0 0 300 90" aria-hidden="true">
      <rect x="10" y="8" width="50" height="76" rx="7" fill="none" stroke={INK} strokeWidth="2" />
      <MiniSheet x={17} y={18} scale={1} />
      <path d="M72 46 h34 m-8 -6 l8 6 l-8 6" fill="none" stroke={ACCENT} strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      <rect x="114" y="30" width="70" height="32" rx="5" fill="none" stroke={INK} strokeWidth="2" />
      <g fill={INK}>
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <circle key={i} cx={124 + i * 10} cy="46" r="3" />
        ))}
      </g>
      <path d="M194 46 h30 m-8 -6 l8 6 l-8 6" fill="none" stroke={ACCENT} strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      <rect x="232" y="14" width="58" height="70" rx="4" fill="none" stroke={INK} strokeWidth="2" />
      <rect x="240" y="22" width="42" height="22" rx="2" fill={PHOTO} stroke={INK} strokeWidth="1.2" />
      <rect x="244" y="58" width="34" height="6" rx="1" fill="none" stroke={INK} strokeWidth="1.5" />
      <rect x="250" y="62" width="22" height="16" fill="#fff" stroke={INK} strokeWidth="1.2" />
    </svg>
  );
}

/** With border: the sheet prints as it is. Borderless: it is blown up past the paper edge. */
function BorderIllustration() {
  const clipId = useId();
  return (
    <svg className="konbini-guide__svg" viewBox="0 0 120 80" aria-hidden="true">
      <MiniSheet x={8} y={10} scale={1} />
      <path d="M22 68 l5 5 l10 -12" fill="none" stroke="var(--good, #1a7f37)" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <rect x="70" y="10" width="36" height="52" rx="1.5" fill="#fff" stroke={INK} strokeWidth="1.2" />
      <g clipPath={`url(#${clipId})`}>
        <MiniSheet x={66} y={4} scale={1.25} />
      </g>
      <clipPath id={clipId}>
        <rect x="70" y="10" width="36" height="52" />
      </clipPath>
      <rect x="70" y="10" width="36" height="52" rx="1.5" fill="none" stroke={INK} strokeWidth="1.2" />
      <path d="M82 64 l12 12 m0 -12 l-12 12" fill="none" stroke="var(--bad, #c62828)" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** The printed 50 mm line with its ticks, and a real ruler laid against it. */
function RulerIllustration() {
  const ticks = Array.from({ length: 11 }, (_, i) => i);
  return (
    <svg className="konbini-guide__svg" viewBox="0 0 120 80" aria-hidden="true">
      <line x1="10" y1="22" x2="110" y2="22" stroke={INK} strokeWidth="1.5" />
      {ticks.map((i) => (
        <line key={i} x1={10 + i * 10} y1="22" x2={10 + i * 10} y2={i % 5 === 0 ? 32 : 28} stroke={INK} strokeWidth="1.2" />
      ))}
      <rect x="6" y="42" width="108" height="24" rx="2" fill="#fff6d6" stroke={INK} strokeWidth="1.2" />
      {ticks.map((i) => (
        <line key={i} x1={10 + i * 10} y1="42" x2={10 + i * 10} y2={i % 5 === 0 ? 54 : 49} stroke={INK} strokeWidth="1" />
      ))}
      <path d="M10 36 v4 M110 36 v4" stroke={ACCENT} strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** A photo with its corner marks, and the cut lines running through them. */
function CutIllustration() {
  const marks = [
    'M30 12 v-8 M22 20 h-8',
    'M90 12 v-8 M98 20 h8',
    'M30 68 v8 M22 60 h-8',
    'M90 68 v8 M98 60 h8',
  ];
  return (
    <svg className="konbini-guide__svg" viewBox="0 0 120 80" aria-hidden="true">
      <rect x="30" y="20" width="60" height="40" fill={PHOTO} stroke="none" />
      <path d="M30 20 h60 v40 h-60 z" fill="none" stroke={ACCENT} strokeWidth="1" strokeDasharray="3 3" />
      {marks.map((d) => (
        <path key={d} d={d} stroke={INK} strokeWidth="1.5" />
      ))}
    </svg>
  );
}
