/**
 * Gamma-encoded grey level 0..255 with the Rec. 601 weights OpenCV's BGR2GRAY uses. Sharpness is judged on
 * this perceptual scale (as the variance-of-Laplacian literature does), exposure on OFIQ's linear luminance.
 */
export function greyLevel(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}
