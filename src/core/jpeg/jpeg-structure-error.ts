/**
 * The one error the JPEG byte functions throw: the input is not a JPEG they can work on, or an argument is out of
 * range. Callers (and the fuzz tests) can tell it from a bug, which would be any other exception.
 */
export class JpegStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JpegStructureError';
  }
}
