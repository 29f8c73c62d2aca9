import { z } from 'zod';
import { documentSpecSchema, hexColourSchema, KEBAB_CASE_ID, type DocumentSpec } from './document-spec-schema';

/** A background colour the app offers; its display name is the i18n key specs:colour.<key>. */
export const paletteEntrySchema = z.strictObject({
  key: z.string().regex(KEBAB_CASE_ID, 'must be kebab-case'),
  hex: hexColourSchema,
  note: z.string().min(1).describe('Why this hex stands for the named colour (authorities name colours, not values)'),
});
export type PaletteEntry = z.infer<typeof paletteEntrySchema>;

/** The whole of specs/documents.json. */
export const specFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to the generated JSON Schema, for editors'),
    palette: z.array(paletteEntrySchema).min(1),
    documents: z.array(documentSpecSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const firstIndexById = new Map<string, number>();
    file.documents.forEach((row, index) => {
      const first = firstIndexById.get(row.id);
      if (first === undefined) firstIndexById.set(row.id, index);
      else ctx.addIssue({ code: 'custom', path: ['documents', index, 'id'], message: `duplicate id "${row.id}" (first at documents[${first}])` });
    });
    const paletteHexes = new Set<string>();
    const paletteKeys = new Set<string>();
    file.palette.forEach((entry, index) => {
      if (paletteHexes.has(entry.hex)) ctx.addIssue({ code: 'custom', path: ['palette', index, 'hex'], message: `duplicate colour ${entry.hex}` });
      if (paletteKeys.has(entry.key)) ctx.addIssue({ code: 'custom', path: ['palette', index, 'key'], message: `duplicate key ${entry.key}` });
      paletteHexes.add(entry.hex);
      paletteKeys.add(entry.key);
    });
    file.documents.forEach((row, index) => {
      if (row.capture !== 'submitted') return;
      row.background.allowed.forEach((hex, colourIndex) => {
        if (!paletteHexes.has(hex)) {
          ctx.addIssue({ code: 'custom', path: ['documents', index, 'background', 'allowed', colourIndex], message: `${hex} is not in the palette` });
        }
      });
    });
  });
export type SpecFileRows = z.infer<typeof specFileSchema>;
/** The parsed file, with each row's derived fields (document-spec-schema.ts withDerivedFields). */
export type SpecFile = Omit<SpecFileRows, 'documents'> & { readonly documents: readonly DocumentSpec[] };
