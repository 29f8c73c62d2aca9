/** MediaPipe blendshape score by name, or null when the model gave none (an empty expression record). */
export function blendshape(expression: Readonly<Record<string, number>>, name: string): number | null {
  const value = expression[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The larger of a left/right pair (eyeBlinkLeft/eyeBlinkRight…), or null when either is missing. */
export function maxOfPair(expression: Readonly<Record<string, number>>, stem: string): number | null {
  const left = blendshape(expression, `${stem}Left`);
  const right = blendshape(expression, `${stem}Right`);
  return left === null || right === null ? null : Math.max(left, right);
}
