/** The spec table: rows from specs/documents.json, parsed by a strict zod schema, and what the app asks of them. */
export {
  documentSpecSchema,
  producibleSpecSchema,
  inPersonSpecSchema,
  type Confidence,
  type DigitalRule,
  type DocumentKind,
  type DocumentSpec,
  type InferableField,
  type InPersonSpec,
  type ProducibleSpec,
} from './document-spec-schema';
export { specFileSchema, type PaletteEntry, type SpecFile } from './spec-file-schema';
export { parseSpecFile, SpecTableError } from './parse-spec-file';
export { documentSpecs, producibleSpecs, backgroundPalette } from './document-specs';
export { findSpec, findProducibleSpec } from './find-spec';
export { isProducible } from './is-producible';
export { asPhotoSpec } from './as-photo-spec';
