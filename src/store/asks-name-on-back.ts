import { findSpec } from '../specs';

/**
 * Whether the sheet's label reminds the user to write their name on the back of this document's photo.
 *
 * The spec rows have no field for it (document-spec-schema.ts), so we decide by kind: Japanese documents and
 * Japanese exams. The table's notes cite the rule for several of them (driver's licence: 道路交通法施行規則 第17条;
 * the MHLW national exams; the hazmat licence), and for the rest a name on the back is how a Japanese office
 * matches a photo that came off its form. Passports and visas are left out: their rules differ by country (Canada
 * wants the photographer's details there instead), so the label must not tell the user what no authority asked.
 * Replace this with a per-row field once each row's source has been read for it.
 */
export function asksNameOnBack(specId: string): boolean {
  const row = findSpec(specId);
  if (!row) return false;
  return row.kind === 'japanese-document' || (row.kind === 'job-exam' && row.country === 'JP');
}
