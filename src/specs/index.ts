/** The spec table: rows from specs/documents.json, parsed by a strict zod schema, and what the app asks of them. */
export {
  documentSpecSchema,
  producibleSpecSchema,
  confidenceSchema,
  documentKindSchema,
  backgroundRuleSchema,
  inPersonSpecSchema,
  hairRuleKindSchema,
  crownMeasuredAtSchema,
  backOfPhotoItemSchema,
  type HairRule,
  type BackOfPhotoItem,
  type ProducibleRow,
  type Confidence,
  type CustomSizeRule,
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
export { customSpec, parseCustomSize, CustomSizeError, CUSTOM_SPEC_ID, type CustomSizeResult } from './custom-spec';
export { searchSpecs } from './search-specs';
export { normaliseSearchText } from './normalise-search-text';
export { specName, specLocalName, localizedNote, type SpecLanguage } from './spec-name';
export { fileSizeBandBytes, type FileSizeBandBytes } from './file-size-band';
export { digitalOutputPx, type OutputSizePx } from './digital-output-px';
