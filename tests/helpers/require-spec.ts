import { findProducibleSpec, type ProducibleSpec } from '../../src/specs';

/** A producible spec row by id; a test that names a missing row fails loudly instead of passing on undefined. */
export function requireSpec(id: string): ProducibleSpec {
  const spec = findProducibleSpec(id);
  if (!spec) throw new Error(`missing spec ${id}`);
  return spec;
}
