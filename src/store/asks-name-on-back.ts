import { findSpec, isProducible } from '../specs';

/**
 * Whether the sheet's label reminds the user to write their name on the back of this document's photo.
 * Each row says what its office asks to be written on the back (`writeOnBack` in specs/documents.json); a row
 * photographed at the counter has no print to label.
 */
export function asksNameOnBack(specId: string): boolean {
  const row = findSpec(specId);
  return row !== undefined && isProducible(row) && row.writeOnBack.includes('name');
}
