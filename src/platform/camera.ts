/**
 * The camera, as plain browser I/O: open a stream at the best resolution the camera has, tell apart why it could
 * not be opened, and grab a full-resolution, unmirrored still. The preview's mirroring is CSS only; no pixel here
 * is ever flipped (documents refuse mirrored photos).
 */

export type CameraFacing = 'user' | 'environment';
export const CAMERA_ERROR_KINDS = ['no-camera', 'permission-denied', 'camera-busy', 'insecure-context', 'other'] as const;
export type CameraErrorKind = (typeof CAMERA_ERROR_KINDS)[number];

export class CameraError extends Error {
  constructor(
    readonly kind: CameraErrorKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'CameraError';
  }
}

/**
 * Asked for as an "ideal", never required: the browser then picks the camera mode closest to it, i.e. the largest.
 * 4096×4096 covers every phone and webcam mode (4K is 3840×2160) without favouring an aspect ratio.
 */
const IDEAL_EDGE_PX = 4096;
/** A still from ImageCapture that takes longer than this (some drivers never answer) falls back to the video frame. */
const TAKE_PHOTO_TIMEOUT_MS = 4000;
/** Quality of the JPEG made from a video frame: visually lossless, a few hundred kB at 1080p. */
const FRAME_JPEG_QUALITY = 0.95;

export interface CameraSession {
  readonly stream: MediaStream;
  readonly facing: CameraFacing;
  /** Frame size the camera delivers (as the video element reports it once playing). */
  readonly settings: { readonly widthPx: number; readonly heightPx: number };
  stop(): void;
}

/**
 * getUserMedia's DOMException names (Media Capture and Streams, plus the older names some browsers still use) by
 * what they mean for the user. Chrome reports a camera blocked by a permissions policy as SecurityError; Firefox
 * reports a camera held by another application as AbortError.
 */
const ERROR_KINDS: Readonly<Record<string, CameraErrorKind>> = {
  NotFoundError: 'no-camera',
  DevicesNotFoundError: 'no-camera',
  OverconstrainedError: 'no-camera',
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied',
  SecurityError: 'permission-denied',
  NotReadableError: 'camera-busy',
  TrackStartError: 'camera-busy',
  AbortError: 'camera-busy',
};

/** Why getUserMedia failed, from the error's name. */
export function classifyCameraError(error: unknown): CameraErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return ERROR_KINDS[name] ?? 'other';
}

/** Whether the page may use the camera at all: getUserMedia exists only in secure contexts (https, localhost). */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && window.isSecureContext && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** How many cameras the device has (0 until permission is granted on some browsers, which hide devices before). */
export async function countCameras(): Promise<number> {
  if (!cameraAvailable()) return 0;
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput').length;
}

/** Opens the camera facing `facing` at its largest mode; rejects with a CameraError. */
export async function openCamera(facing: CameraFacing): Promise<CameraSession> {
  if (!cameraAvailable()) throw new CameraError('insecure-context', window.isSecureContext ? 'no navigator.mediaDevices' : 'not a secure context');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: facing }, width: { ideal: IDEAL_EDGE_PX }, height: { ideal: IDEAL_EDGE_PX } },
    });
  } catch (error) {
    throw new CameraError(classifyCameraError(error), String(error));
  }
  const track = stream.getVideoTracks()[0];
  if (!track) {
    stream.getTracks().forEach((t) => t.stop());
    throw new CameraError('no-camera', 'the stream has no video track');
  }
  const settings = track.getSettings();
  return {
    stream,
    // A laptop camera reports no facingMode: it faces the user.
    facing: settings.facingMode === 'environment' ? 'environment' : 'user',
    settings: { widthPx: settings.width ?? 0, heightPx: settings.height ?? 0 },
    stop: () => stream.getTracks().forEach((t) => t.stop()),
  };
}

interface ImageCaptureLike {
  takePhoto(): Promise<Blob>;
}
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The video element's current frame at its full size, as a JPEG: what the user saw, unmirrored. */
export async function videoFrameJpeg(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) throw new Error('no video frame to capture');
  context.drawImage(video, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', FRAME_JPEG_QUALITY));
  if (!blob) throw new Error('the frame could not be encoded');
  return blob;
}

/**
 * A still at the camera's full resolution: ImageCapture.takePhoto where the browser has it (Chrome: the sensor's
 * photo mode, often larger than the video), else the video element's frame.
 */
export async function captureStill(session: CameraSession, video: HTMLVideoElement): Promise<{ blob: Blob; method: 'take-photo' | 'video-frame' }> {
  const ImageCaptureClass = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  const track = session.stream.getVideoTracks()[0];
  if (ImageCaptureClass && track && track.readyState === 'live') {
    try {
      const blob = await withTimeout(new ImageCaptureClass(track).takePhoto(), TAKE_PHOTO_TIMEOUT_MS);
      if (blob.size > 0) return { blob, method: 'take-photo' };
    } catch (error) {
      console.warn('ImageCapture.takePhoto failed; using the video frame', error);
    }
  }
  return { blob: await videoFrameJpeg(video), method: 'video-frame' };
}
