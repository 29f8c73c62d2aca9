import { z } from 'zod';
import { specFileSchema } from './spec-file-schema';

/** Where the generated schema lives, relative to the project root; specs/documents.json points at it via $schema. */
export const SPEC_JSON_SCHEMA_PATH = 'specs/document.schema.json';

/**
 * JSON Schema for specs/documents.json, generated from the zod schema so editors can complete and check rows.
 * Cross-field invariants (ranges that must fit the photo, unique ids) exist only in zod; the build still runs them.
 */
export function specJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(specFileSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: 'ID photo spec table',
    description:
      'Generated from src/specs/*.ts by scripts/generate-spec-schema.mjs; do not edit. Cross-field invariants are checked only by the zod schema.',
  };
}

/** The file's exact text: two-space indent and a final newline, so the staleness test compares bytes. */
export function specJsonSchemaText(): string {
  return `${JSON.stringify(specJsonSchema(), null, 2)}\n`;
}
