import type { DocumentSpec, ProducibleSpec } from './document-spec-schema';
import { documentSpecs } from './document-specs';
import { isProducible } from './is-producible';

const byId = new Map(documentSpecs.map((spec) => [spec.id, spec]));

export function findSpec(id: string): DocumentSpec | undefined {
  return byId.get(id);
}

/** The row with this id if we can make its photo; undefined for unknown ids and for counter-photographed rows. */
export function findProducibleSpec(id: string): ProducibleSpec | undefined {
  const spec = byId.get(id);
  return spec && isProducible(spec) ? spec : undefined;
}
