import { backgroundPalette } from '../../specs';

/** The palette's name for a background colour (its i18n key under `colour.`); undefined for a colour outside it. */
export function colourKey(hex: string): string | undefined {
  return backgroundPalette.find((p) => p.hex === hex)?.key;
}
