import type { DocumentSpec, ProducibleSpec } from './document-spec-schema';

/** True when the applicant supplies the photo, so the row carries geometry we can produce. */
export function isProducible(spec: DocumentSpec): spec is ProducibleSpec {
  return spec.capture === 'submitted';
}
