import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/core/face/apply-corrections';
import type { FaceMeasurement } from '../../../src/core/face/face-measurement';

/** A face rolled 10° (clockwise): its vertical axis runs down-left in the picture. */
const ROLL = 10;
const r = (ROLL * Math.PI) / 180;
const onAxis = (v: number) => ({ x: 500 - v * Math.sin(r), y: 500 + v * Math.cos(r) });

const face = {
  crown: onAxis(-300),
  crownSource: 'matte',
  crownCutOff: false,
  crownWithoutHair: onAxis(-250),
  chin: onAxis(200),
  chinSource: 'landmark',
  rollDeg: ROLL,
} as unknown as FaceMeasurement;

describe('applyCorrections', () => {
  it('puts the skull where the user placed it, even above the hair', () => {
    expect(applyCorrections(face, { skullCrown: onAxis(-320) }).crownWithoutHair).toEqual(onAxis(-320));
  });

  it('keeps the estimated skull when the user moves the hair crown above it', () => {
    const corrected = applyCorrections(face, { crown: onAxis(-280) });
    expect(corrected.crown).toEqual(onAxis(-280));
    expect(corrected.crownWithoutHair).toEqual(onAxis(-250));
  });

  it('moves the estimated skull down to a hair crown the user placed below it, along the face’s own axis', () => {
    expect(applyCorrections(face, { crown: onAxis(-200) }).crownWithoutHair).toEqual(onAxis(-200));
  });

  it('leaves the skull alone without corrections', () => {
    expect(applyCorrections(face, {}).crownWithoutHair).toBe(face.crownWithoutHair);
  });
});
