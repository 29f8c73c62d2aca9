import type { PhotoSpec } from '../core/photo-spec';
import type { ProducibleSpec } from './document-spec-schema';

/**
 * The contract with the core, checked by the compiler: a parsed producible row is a PhotoSpec as it is.
 * If the schema drifts from src/core/photo-spec.ts, this assignment stops compiling.
 */
export function asPhotoSpec(spec: ProducibleSpec): PhotoSpec {
  return spec;
}
