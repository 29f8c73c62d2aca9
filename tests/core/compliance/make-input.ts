import type { ComplianceInput } from '../../../src/core/compliance/compliance-input';
import type { CropPlan } from '../../../src/core/crop/crop-plan';
import type { FaceMeasurement } from '../../../src/core/face/face-measurement';
import type { BackgroundStats } from '../../../src/core/image-stats/background-stats';
import type { FaceImageStats } from '../../../src/core/image-stats/face-image-stats';
import type { PhotoSpec } from '../../../src/core/photo-spec';
import { dpi, mm, px, type Mm } from '../../../src/core/units';

/** A 35×45 mm passport-like spec (MOFA figures): face 32–36 mm, top margin 2–6 mm, centring ±2 mm. */
export const SPEC: PhotoSpec = {
  id: 'test-passport',
  widthMm: 35,
  heightMm: 45,
  faceHeightMm: { min: 32, max: 36 },
  topMarginMm: { min: 2, max: 6 },
  centringToleranceMm: 2,
  faceHeightIncludesHair: true,
  background: { default: '#ffffff', allowed: ['#ffffff', '#e2e2e2'] },
};

/** Blendshapes of a calm, neutral face looking into the lens (values seen on the unsmiling fixture portraits). */
export const NEUTRAL_EXPRESSION: Readonly<Record<string, number>> = {
  eyeBlinkLeft: 0.15,
  eyeBlinkRight: 0.15,
  jawOpen: 0.02,
  mouthSmileLeft: 0.03,
  mouthSmileRight: 0.03,
  browInnerUp: 0.1,
  browOuterUpLeft: 0.05,
  browOuterUpRight: 0.05,
  browDownLeft: 0.05,
  browDownRight: 0.05,
  mouthFrownLeft: 0,
  mouthFrownRight: 0,
  eyeLookInLeft: 0.05,
  eyeLookOutLeft: 0.05,
  eyeLookInRight: 0.05,
  eyeLookOutRight: 0.05,
  eyeLookUpLeft: 0.05,
  eyeLookUpRight: 0.05,
  eyeLookDownLeft: 0.2,
  eyeLookDownRight: 0.2,
};

export const FACE: FaceMeasurement = {
  sourceWidthPx: 3000,
  sourceHeightPx: 4000,
  crown: { x: 1500, y: 900 },
  crownSource: 'matte',
  crownCutOff: false,
  crownWithoutHair: { x: 1500, y: 1000 },
  chin: { x: 1500, y: 2500 },
  chinSource: 'landmark',
  eyeImageLeft: { x: 1350, y: 1700 },
  eyeImageRight: { x: 1650, y: 1700 },
  faceImageLeft: { x: 1200, y: 1750 },
  faceImageRight: { x: 1800, y: 1750 },
  rollDeg: 0,
  pose: { yawDeg: 0, pitchDeg: 0, rollDeg: 0 },
  expression: NEUTRAL_EXPRESSION,
  faceCount: 1,
};

/** A plan at the spec's midpoints; scale 0.5 output px per source px, i.e. 1200 dpi of real detail. */
export const PLAN: CropPlan = {
  specId: SPEC.id,
  dpi: dpi(600),
  outputWidthPx: px(827),
  outputHeightPx: px(1063),
  sourceToOutput: { a: 0.5, b: 0, c: 0, d: 0.5, e: -336.5, f: -355 },
  rotationDeg: 0,
  scale: 0.5,
  crownOutputPx: { x: 413.5, y: 94.5 },
  chinOutputPx: { x: 413.5, y: 894 },
  eyeMidOutputPx: { x: 413.5, y: 495 },
  faceCentreXOutputPx: px(413.5),
  faceLeftXOutputPx: px(263.5),
  faceRightXOutputPx: px(563.5),
  faceHeightMm: mm(34),
  topMarginMm: mm(4),
  offsetXMm: mm(0),
  chinToBottomMm: mm(7),
  eyeLineFromBottomMm: mm(24),
  sourceCoverage: 1,
  uncoveredEdges: { top: false, bottom: false, left: false, right: false },
};

export const FACE_STATS: FaceImageStats = {
  facePixels: 500_000,
  luminance: { mean: 0.3, variance: 0.02, underExposedShare: 0.1, overExposedShare: 0 },
  entropyBits: 6.5,
  illumination: { intersection: 0.8, darkerSide: 'image-left', meanDifference: 0.02, leftPixels: 100_000, rightPixels: 100_000 },
  sharpness: { value: 0.8, laplacianStd: 25, greyStd: 31, sourcePxPerSample: 10, samples: 5000 },
};

export const BACKGROUND_STATS: BackgroundStats = {
  gradientMean: 20,
  lightnessSpread: 3,
  meanRgb: { r: 250, g: 250, b: 250 },
  meanLab: { l: 98.0, a: 0, b: 0 },
  samples: 20_000,
  sourcePxPerSample: 10,
  backgroundShare: 0.4,
};

const PLAN_LENGTHS = ['faceHeightMm', 'topMarginMm', 'offsetXMm', 'chinToBottomMm', 'eyeLineFromBottomMm'] as const;
type PlanLength = (typeof PLAN_LENGTHS)[number];
/** A plan's figures as a test writes them: its lengths in mm as plain numbers, branded by makeInput. */
type PlanOverrides = Partial<Omit<CropPlan, PlanLength> & Record<PlanLength, number>>;

function brandPlan(overrides: PlanOverrides = {}): Partial<CropPlan> {
  const { faceHeightMm, topMarginMm, offsetXMm, chinToBottomMm, eyeLineFromBottomMm, ...rest } = overrides;
  const plain = { faceHeightMm, topMarginMm, offsetXMm, chinToBottomMm, eyeLineFromBottomMm };
  const lengths: { -readonly [K in PlanLength]?: Mm } = {};
  for (const key of PLAN_LENGTHS) {
    const value = plain[key];
    if (value !== undefined) lengths[key] = mm(value);
  }
  return { ...rest, ...lengths };
}

type Overrides = {
  spec?: Partial<PhotoSpec>;
  face?: Partial<FaceMeasurement>;
  plan?: PlanOverrides;
  landmarks?: ComplianceInput['landmarks'];
  faceStats?: Partial<FaceImageStats> | null;
  background?: ComplianceInput['background'];
  source?: ComplianceInput['source'];
};

/** A photo that passes every rule, with the given parts replaced. */
export function makeInput(overrides: Overrides = {}): ComplianceInput {
  return {
    spec: { ...SPEC, ...overrides.spec },
    face: { ...FACE, ...overrides.face },
    plan: { ...PLAN, ...brandPlan(overrides.plan) },
    landmarks: overrides.landmarks === undefined ? null : overrides.landmarks,
    faceStats: overrides.faceStats === null ? null : { ...FACE_STATS, ...overrides.faceStats },
    background: overrides.background ?? { kept: false },
    source: overrides.source ?? { fromFrontCamera: false },
  };
}
