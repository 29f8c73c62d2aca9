import { makeFinding, roundTo, type Finding, type RuleName } from '../finding';

export interface HeadAngleGrading {
  readonly rule: RuleName;
  readonly angleDeg: number;
  /** The rule's own limit, either way (shown to the user as the limit). */
  readonly limitDeg: number;
  /** Above this size: warn. */
  readonly warnAboveDeg: number;
  /** Above this size: fail. */
  readonly failAboveDeg: number;
  readonly warnVerdict: string;
  readonly failVerdict: string;
}

/** One grading for the three head angles (roll, yaw, pitch): the size of the angle against symmetric limits. */
export function gradeHeadAngle(g: HeadAngleGrading): Finding {
  const size = Math.abs(g.angleDeg);
  const parts = {
    measured: g.angleDeg,
    limit: { min: -g.limitDeg, max: g.limitDeg },
    unit: 'deg' as const,
    params: { deg: roundTo(size, 1), limit: g.limitDeg },
  };
  if (size > g.failAboveDeg) return makeFinding(g.rule, 'fail', g.failVerdict, parts);
  if (size > g.warnAboveDeg) return makeFinding(g.rule, 'warn', g.warnVerdict, parts);
  return makeFinding(g.rule, 'pass', 'ok', parts);
}
