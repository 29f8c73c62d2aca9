import { angleDeg, degToRad, midpointOf, type Point } from '../geometry';
import { LANDMARK, type FaceLandmarks, type PersonMatte } from './model-outputs';
import type { FaceMeasurement, HeadPose } from './face-measurement';
import { CHIN_EDGE_TUNING, findChinEdge, type ChinEdgeTuning, type GreyPlane } from './chin-edge';
import { crownEdgeWidthShare, SOFT_CROWN_EDGE_SHARE } from './crown-softness';
import { CROWN_TUNING, findCrown, fromFrame, toFrame, type CrownTuning, type FaceFrame } from './find-crown';
import { headPoseFromMatrix } from './head-pose';
import { skullCrownV } from './skull-crown';

/**
 * Until the matte arrives the crown is estimated: on 80 real portraits the top of the hair was above landmark 10
 * by 0.23–0.71 × (chin − landmark 10), median 0.42 (ARCHITECTURE.md). The estimate is marked provisional.
 */
export const CROWN_ABOVE_FOREHEAD_RATIO = 0.42;
export { SKULL_ABOVE_FOREHEAD_RATIO } from './skull-crown';

const NEUTRAL_POSE: HeadPose = { yawDeg: 0, pitchDeg: 0, rollDeg: 0 };

export interface PhotoSize {
  readonly widthPx: number;
  readonly heightPx: number;
}

function point(face: FaceLandmarks, index: number): Point {
  const p = face.points[index];
  if (!p) throw new Error(`landmark ${index} missing (got ${face.points.length} points)`);
  return p;
}

/**
 * Every constant of the measurement that was chosen while looking at the hand-marked truth set
 * (tests/fixtures/truth.csv), in one place so that tests/truth/leave-one-out.ts can choose them without the photo
 * it measures. The app always measures with FACE_TUNING.
 */
export interface FaceTuning {
  readonly crown: CrownTuning;
  readonly chinEdge: ChinEdgeTuning;
  /** SOFT_CROWN_EDGE_SHARE: a crown edge wider than this (share of the face) is doubted; changes no measurement. */
  readonly softCrownEdgeShare: number;
}

export const FACE_TUNING: FaceTuning = { crown: CROWN_TUNING, chinEdge: CHIN_EDGE_TUNING, softCrownEdgeShare: SOFT_CROWN_EDGE_SHARE };

export interface MeasureOptions {
  /** Grey levels around the chin (or the whole photo): the chin is then read from the image, not only landmark 152. */
  readonly grey?: GreyPlane | null;
  /** Only the truth-set tools pass this; everything else measures with FACE_TUNING. */
  readonly tuning?: FaceTuning;
}

/** Measures the largest face (faces[0]); throws when there is none. */
export function measureFace(faces: readonly FaceLandmarks[], photo: PhotoSize, matte: PersonMatte | null, options: MeasureOptions = {}): FaceMeasurement {
  const face = faces[0];
  if (!face) throw new Error('no face to measure');
  const tuning = options.tuning ?? FACE_TUNING;
  const [eyeImageLeft, eyeImageRight] = [point(face, LANDMARK.irisA), point(face, LANDMARK.irisB)].sort((a, b) => a.x - b.x) as [Point, Point];
  const rollDeg = angleDeg(eyeImageLeft, eyeImageRight);
  const r = degToRad(rollDeg);
  const frame: FaceFrame = {
    origin: midpointOf(eyeImageLeft, eyeImageRight),
    right: { x: Math.cos(r), y: Math.sin(r) },
    down: { x: -Math.sin(r), y: Math.cos(r) },
  };
  const landmarkChin = point(face, LANDMARK.chin);
  const foreheadV = toFrame(frame, point(face, LANDMARK.foreheadTop)).v;
  const { u: chinU, v: chinV } = toFrame(frame, landmarkChin);
  const outerA = toFrame(frame, point(face, LANDMARK.eyeOuterA)).u;
  const outerB = toFrame(frame, point(face, LANDMARK.eyeOuterB)).u;
  const foreheadToChin = chinV - foreheadV;
  const pose = face.matrix ? headPoseFromMatrix(face.matrix) : NEUTRAL_POSE;

  const estimateV = foreheadV - CROWN_ABOVE_FOREHEAD_RATIO * foreheadToChin;
  const crownResult = matte
    ? findCrown(matte, { frame, bandLeftU: Math.min(outerA, outerB), bandRightU: Math.max(outerA, outerB), foreheadV, chinV }, tuning.crown)
    : null;
  const crownV = crownResult?.kind === 'found' ? crownResult.crownV : estimateV;
  const chinEdge = options.grey ? findChinEdge(options.grey, { frame, chinU, chinV, faceHeightPx: chinV - crownV }, tuning.chinEdge) : null;
  const chin = chinEdge?.kind === 'edge' ? fromFrame(frame, chinU, chinEdge.chinV) : landmarkChin;
  const crownEdgeShare = matte && crownResult?.kind === 'found' ? crownEdgeWidthShare(matte, frame, crownV, toFrame(frame, chin).v - crownV) : null;
  const [faceImageLeft, faceImageRight] = [point(face, LANDMARK.faceSideA), point(face, LANDMARK.faceSideB)].sort((a, b) => a.x - b.x) as [Point, Point];

  // The skull from the head's proportions turned by its pitch, never above the hair the matte found (skull-crown.ts).
  const skullV = skullCrownV({ foreheadV, foreheadToChin, pitchDeg: pose.pitchDeg, hairTopV: crownResult?.kind === 'found' ? crownV : null });

  return {
    sourceWidthPx: photo.widthPx,
    sourceHeightPx: photo.heightPx,
    crown: fromFrame(frame, 0, crownV),
    crownSource: crownResult?.kind === 'found' ? 'matte' : 'estimate',
    crownCutOff: crownResult?.kind === 'cut-off',
    ...(crownResult?.kind === 'found' ? { matteHairTop: fromFrame(frame, 0, crownResult.hairTopV) } : {}),
    crownEdgeSoft: crownEdgeShare !== null && crownEdgeShare > tuning.softCrownEdgeShare,
    crownWithoutHair: fromFrame(frame, 0, skullV),
    chin,
    chinSource: chinEdge?.kind === 'edge' ? 'edge' : 'landmark',
    chinEdgeWeak: chinEdge?.kind === 'weak',
    eyeImageLeft,
    eyeImageRight,
    faceImageLeft,
    faceImageRight,
    rollDeg,
    pose,
    expression: face.blendshapes,
    faceCount: faces.length,
  };
}
