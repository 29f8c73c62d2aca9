import rawSpecFile from '../../specs/documents.json';
import type { DocumentSpec, ProducibleSpec } from './document-spec-schema';
import { isProducible } from './is-producible';
import { parseSpecFile } from './parse-spec-file';
import type { PaletteEntry } from './spec-file-schema';

/**
 * The spec table, parsed once at module load. A broken row throws SpecTableError here, listing every problem,
 * so a bad edit to specs/documents.json fails the build and every test rather than one picker entry at run time.
 */
const specFile = parseSpecFile(rawSpecFile);

/** Every row in file order (the first three are the Japanese residence card, passport and My Number card). */
export const documentSpecs: readonly DocumentSpec[] = specFile.documents;

/** The rows we can make a photo for (the others are photographed at the counter). */
export const producibleSpecs: readonly ProducibleSpec[] = specFile.documents.filter(isProducible);

/** Named background colours; display names are the i18n keys specs:colour.<key>. */
export const backgroundPalette: readonly PaletteEntry[] = specFile.palette;
