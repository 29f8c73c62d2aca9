import type { StoreApi } from 'zustand/vanilla';
import type { ManualCheckId } from '../core/compliance/manual-checks';
import type { Adjustments } from '../core/crop/adjustments';
import type { CropPlan } from '../core/crop/crop-plan';
import type { Marker } from '../core/crop/marker-correction';
import type { FaceLandmarks, PersonMatte } from '../core/face/model-outputs';
import type { Point } from '../core/geometry';
import type { BackgroundStats } from '../core/image-stats/background-stats';
import type { FaceImageStats } from '../core/image-stats/face-image-stats';
import type { GreyPlane } from '../core/image-stats/grey-plane';
import type { PhotoSpec } from '../core/photo-spec';
import type { CustomSizeResult } from '../specs';
import type { DecodedImage, MatteProgress, MatteStageTimings } from './pipeline-services';
import type { OfflineSlice } from './offline-slice';
import type { SheetActions, SheetState } from './sheet-slice';
import type { UserError } from './user-error';

/*
 * The store's state: the photo pipeline's part and the parts of the slices that read the whole store. It lives
 * apart from the store (photo-store.ts) and the slices so that they all import it and none imports another to
 * learn the state's shape: no import circles.
 */

export type Stage = 'idle' | 'decoding' | 'detecting' | 'matting' | 'ready';
export type PhotoOrigin = 'upload' | 'camera';

export interface Timings {
  decodeMs: number;
  landmarksMs: number;
  matteMs: number | null;
  /** The matte's own stages when the adapter reports them (head matte). */
  matteStagesMs?: MatteStageTimings;
}

export interface LoadedPhoto extends DecodedImage {
  readonly origin: PhotoOrigin;
  /** Monotonic id: derived data keys on it, and late results for an older photo are dropped. */
  readonly id: number;
}

/** The user's fixes to detected points (issue 4), in source px; cleared with a new photo, kept across documents. */
export interface PointCorrections {
  /** The top of the hair (documents that measure with the hair). */
  readonly crown?: Point;
  /** The top of the skull, under the hair (documents that measure without it): the crop uses it for those rows. */
  readonly skullCrown?: Point;
  readonly chin?: Point;
}

export interface PhotoState {
  readonly photo: LoadedPhoto | null;
  readonly faces: readonly FaceLandmarks[];
  readonly matte: PersonMatte | null;
  /** The photo's grey levels (reduced like the image statistics) for reading the chin's edge; null without a canvas. */
  readonly grey: GreyPlane | null;
  readonly stage: Stage;
  readonly matteProgress: MatteProgress | null;
  /** The last thing that went wrong; the previous photo and settings stay as they were. */
  readonly error: UserError | null;
  readonly matteFailed: boolean;
  readonly timings: Timings | null;
  readonly specId: string;
  readonly adjustments: Adjustments;
  readonly corrections: PointCorrections;
  /** Chosen background colour, or null for the spec's default. */
  readonly backgroundColour: string | null;
}

export interface PhotoActions {
  loadPhoto(file: Blob, fileName: string, origin?: PhotoOrigin): Promise<boolean>;
  setSpec(spec: PhotoSpec): void;
  /** Each call is an undo step, or joins the previous one with the same `options.gesture` (adjust-history.ts). */
  /**
   * Applies an edit of the current document's adjustments: each value is snapped to its step (0.1 mm, 0.1°) and
   * kept inside `options.within` (the editable ranges unless told otherwise), so no input path snaps for itself.
   */
  setAdjustments(patch: Partial<Adjustments>, options?: AdjustOptions): void;
  /** Back to the current document's recommended midpoints (an undo step). */
  resetAdjustments(): void;
  setCorrections(corrections: PointCorrections, options?: EditOptions): void;
  /**
   * A marker the user dropped (source px): the chin, or the crown the current document measures, which is the top
   * of the hair or, for a rule without the hair, the top of the skull (`skullCrown`). Each document keeps its own
   * kind of crown, so switching between the two kinds never reads one as the other. An undo step per gesture.
   */
  placeMarker(marker: Marker, point: Point, options?: EditOptions): void;
  setBackgroundColour(colour: string | null): void;
  dismissError(): void;
}

/** The one store: the photo pipeline plus one slice per feature (each slice in its own file). */
export type StoreState = PhotoState & PhotoActions & DocumentSlice & SheetState & SheetActions & ComplianceState & ComplianceActions & AdjustHistorySlice & OfflineSlice;
export type PhotoStore = StoreApi<StoreState>;

// The compliance slice (compliance-slice.ts).

export interface FaceStatsEntry {
  readonly photoId: number;
  /** Null when too little of the face is inside the photo to measure. */
  readonly stats: FaceImageStats | null;
}

export interface BackgroundStatsEntry {
  readonly photoId: number;
  /** The matte and crop the statistics were measured with: a new one of either measures again. */
  readonly matte: PersonMatte;
  readonly plan: CropPlan;
  /** Null when too little background is visible to judge. */
  readonly stats: BackgroundStats | null;
}

export interface ManualTicks {
  readonly photoId: number;
  /** Ticked questions per spec id: each document words its questions from its own rules. */
  readonly bySpec: Readonly<Record<string, readonly ManualCheckId[]>>;
}

/**
 * What the compliance report needs beyond the pipeline: pixel statistics of the current photo (measured once per
 * photo, in an idle moment after detection, never per slider move) and the user's answers to the manual checklist.
 * Entries carry the photo id they belong to; selectors ignore entries of an older photo.
 */
export interface ComplianceState {
  readonly faceStats: FaceStatsEntry | null;
  /** Only measured while the original background is kept (selectBackgroundKept). */
  readonly backgroundStats: BackgroundStatsEntry | null;
  /** Answers belong to one photo: a new photo starts with none ticked. */
  readonly manualTicks: ManualTicks | null;
}

export interface ComplianceActions {
  /** Ticks or unticks a manual check for the current photo and document. */
  toggleManualCheck(id: ManualCheckId): void;
  /** Measures the face statistics now if they are still missing (the batch command cannot wait for idle time). */
  measureFaceStats(): void;
}

// The document slice (document-slice.ts).

export interface DocumentSlice {
  /** The user's custom size, used when specId is the custom row. */
  readonly customSize: { readonly widthMm: number; readonly heightMm: number } | null;
  /** Most recent first; remembered across visits. */
  readonly recentSpecIds: readonly string[];
  chooseDocument(spec: PhotoSpec): void;
  /** Validates the typed size; on success selects the custom document at that size. */
  chooseCustomSize(widthMm: unknown, heightMm: unknown): CustomSizeResult;
}

// Undo and redo (adjust-history.ts).

/** What undo brings back: the face position and the user's corrected points, together. */
export interface EditSnapshot {
  readonly adjustments: Adjustments;
  readonly corrections: PointCorrections;
}

export interface AdjustHistory {
  readonly past: readonly EditSnapshot[];
  readonly future: readonly EditSnapshot[];
  /** The gesture the last edit belonged to: further edits of the same gesture join its undo step. */
  readonly gesture: string | null;
}

/** How an edit joins the history. */
export interface EditOptions {
  /**
   * Edits with the same gesture id in a row are one undo step: a slider drag, a photo drag, a held arrow key or a
   * wheel spin sends dozens of edits that the user thinks of as one.
   */
  readonly gesture?: string;
}

/** How setAdjustments treats the values it is given. */
export interface AdjustOptions extends EditOptions {
  /**
   * The range each value is kept in: 'editable' (the tolerance plus the typing reach, the default) or 'tolerance'
   * (a slider, whose track is the tolerance). 'exact' takes the values as given, unsnapped: the batch command,
   * which has checked them against the document itself.
   */
  readonly within?: 'editable' | 'tolerance' | 'exact';
}

/**
 * Undo and redo for the editor (issue 4). The history starts empty with each photo and each document: a step
 * back across a document change would bring back a position measured against another document's rules.
 */
export interface AdjustHistorySlice {
  readonly history: AdjustHistory;
  undo(): void;
  redo(): void;
}
