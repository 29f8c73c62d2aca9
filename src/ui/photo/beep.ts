/**
 * The optional sound cue, made with WebAudio (no sound file to host). An AudioContext may only start after a user
 * gesture, so it is created when the user turns the sound on, and reused.
 */
export type Cue = 'tick' | 'shutter';

/** A short high tick per countdown second, a lower longer tone at the shutter: told apart without looking. */
const CUES: Readonly<Record<Cue, { frequencyHz: number; durationS: number }>> = {
  tick: { frequencyHz: 880, durationS: 0.08 },
  shutter: { frequencyHz: 1320, durationS: 0.25 },
};
/** Quiet enough not to startle at a phone's full volume. */
const GAIN = 0.15;
/** Fade out rather than stop dead, which clicks. */
const FADE_TO = 0.0001;

let context: AudioContext | null = null;

/** Call from the click that turns the sound on. */
export function unlockSound(): void {
  context ??= new AudioContext();
  void context.resume();
}

export function playCue(cue: Cue): void {
  if (!context) return;
  const { frequencyHz, durationS } = CUES[cue];
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequencyHz;
  gain.gain.setValueAtTime(GAIN, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(FADE_TO, context.currentTime + durationS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + durationS);
}
