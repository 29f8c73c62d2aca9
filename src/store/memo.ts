/**
 * Derived data is computed, never stored (ARCHITECTURE.md habit 5). This keeps the last result of a pure function
 * while its inputs are the same objects, so selectors stay cheap on every store change.
 */
export function memoLast<Args extends readonly unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let lastArgs: Args | null = null;
  let lastResult: R;
  return (...args: Args): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
