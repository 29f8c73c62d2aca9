import { degToRad } from '../geometry';

/**
 * The top of the skull (the vertex), for documents that measure the face without the hair (Korea's passport, the
 * German and ICAO rules). It is hidden under the hair, so it is placed from the head's own proportions, turned by
 * the head's pitch, and never above the hair top the matte found: a bald or close-cropped head has its skull at
 * the hair line, not above it. An estimate; the crown marker corrects it (the store's `placeMarker`).
 *
 * The head, in MediaPipe's canonical face model (canonical_face_model.obj, the model the facial transformation
 * matrix is fitted to; units of about a centimetre, y up, z towards the camera), on the midline:
 * - landmark 10 (upper forehead) at y 8.262, z 4.482; landmark 152 (chin) at y −9.403, z 4.264;
 * - landmark 168 (nasal root, the sellion) at y 3.271: menton–sellion is 12.674 model units;
 * - the ear: landmark 234, the mesh's outer edge in front of the tragion, at y 0.673, z −2.436.
 *
 * The vertex sits above the tragion by the "tragion–top of head" height. ANSUR II (Gordon et al. 2014, *2012
 * Anthropometric Survey of U.S. Army Personnel*, Natick TR-15/007), male means: tragion–top of head 131.1 mm,
 * menton–sellion length 122.6 mm, so the vertex is 1.069 menton–sellion lengths above the ear, measured with the
 * head in the Frankfort plane (the canonical face's upright); we place it straight above the ear (z of lm 234).
 * That puts it 5.97 model units above landmark 10 and 6.92 behind it: 0.338 of forehead-to-chin on a level head,
 * against 0.23–0.71 (median 0.42) for the top of the hair on 80 portraits (ARCHITECTURE.md), which leaves 1–6 cm of
 * hair, as it should. On the hand-marked truth set the model alone sits above the hair of the five bald or
 * short-haired heads by up to 0.09 of forehead-to-chin (a model of mean proportions on small heads), and 0.02–0.19
 * below it on the other fifteen; there the matte's hair top holds it down (tests/truth), and the marker corrects it.
 */
const CANONICAL = {
  foreheadY: 8.262,
  foreheadZ: 4.482,
  chinY: -9.403,
  chinZ: 4.264,
  sellionY: 3.271,
  earY: 0.673,
  earZ: -2.436,
} as const;
/** ANSUR II male means: tragion–top of head 131.1 mm over menton–sellion length 122.6 mm. */
const VERTEX_ABOVE_EAR_PER_MENTON_SELLION = 131.1 / 122.6;
const VERTEX_Y = CANONICAL.earY + VERTEX_ABOVE_EAR_PER_MENTON_SELLION * (CANONICAL.sellionY - CANONICAL.chinY);
const VERTEX_Z = CANONICAL.earZ;

/** The midline points the estimate uses, in canonical model units (y up, z towards the camera); tests project them. */
export const CANONICAL_HEAD = {
  forehead: { y: CANONICAL.foreheadY, z: CANONICAL.foreheadZ },
  chin: { y: CANONICAL.chinY, z: CANONICAL.chinZ },
  vertex: { y: VERTEX_Y, z: VERTEX_Z },
} as const;

/** Beyond this the pose is too far from a portrait's for the model; the pitch is held at it. */
const MAX_PITCH_DEG = 30;

/**
 * How far a head point stands above another in the picture, per canonical unit, at `pitchDeg` as
 * headPoseFromMatrix reads it: R = Rz(roll)·Ry(yaw)·Rx(pitch) maps the canonical face (y up, z towards the camera)
 * into the camera's space, so the picture's "up" (roll is levelled out by the eye line, yaw leaves y alone) is
 * y·cos(pitch) − z·sin(pitch). A positive pitch turns the head's top towards the lens (chin down); on the truth
 * set's portraits the eye-to-nose-tip share of the face grows with it, as that predicts. A point behind the
 * forehead (the vertex) then rises above it; with the chin raised it sinks towards it.
 * Weak perspective: the head's depth is small against the distance to the lens.
 */
function heightInPicture(dy: number, dz: number, pitchDeg: number): number {
  const p = degToRad(Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, pitchDeg)));
  return dy * Math.cos(p) - dz * Math.sin(p);
}

/** The skull top above landmark 10, as a share of landmark 10 to the chin (landmark 152), at a given pitch. */
export function skullAboveForeheadRatio(pitchDeg: number): number {
  const vertex = heightInPicture(VERTEX_Y - CANONICAL.foreheadY, VERTEX_Z - CANONICAL.foreheadZ, pitchDeg);
  const face = heightInPicture(CANONICAL.foreheadY - CANONICAL.chinY, CANONICAL.foreheadZ - CANONICAL.chinZ, pitchDeg);
  return vertex / face;
}

/** The share on a level head (0.338). */
export const SKULL_ABOVE_FOREHEAD_RATIO = skullAboveForeheadRatio(0);

export interface SkullCrownInput {
  /** Landmark 10 in the face frame (levelled by the eye line, so roll is already out; v grows towards the chin). */
  readonly foreheadV: number;
  /** Landmark 152 minus landmark 10, in the same units. */
  readonly foreheadToChin: number;
  /** The head's pitch from the facial transformation matrix (headPoseFromMatrix), degrees; 0 without a matrix. */
  readonly pitchDeg: number;
  /** The top of the hair the matte found, or null while there is no matte (or the head is cut off). */
  readonly hairTopV: number | null;
}

/** The skull crown's v in the face frame: the head-model estimate, never above the hair top. */
export function skullCrownV({ foreheadV, foreheadToChin, pitchDeg, hairTopV }: SkullCrownInput): number {
  const estimateV = foreheadV - skullAboveForeheadRatio(pitchDeg) * foreheadToChin;
  return hairTopV === null ? estimateV : Math.max(estimateV, hairTopV);
}
