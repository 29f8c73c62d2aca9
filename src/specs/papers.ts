import { z } from 'zod';
import papersJson from '../../specs/papers.json';

/**
 * Print papers as data (specs/papers.json), like the photo specs: parsed here, typed by z.infer.
 * Every paper is stored upright (width ≤ height); the sheet layout decides whether to turn it.
 */

/** Smallest paper we accept: an L print is 89 mm wide; anything under 50 mm cannot hold one photo and a ruler. */
export const MIN_PAPER_EDGE_MM = 50;
/** Largest: A3 (420 mm); a bigger number is probably pixels typed where mm belong. */
export const MAX_PAPER_EDGE_MM = 420;

const PAPER_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const paperEdgeMmSchema = z
  .number()
  .min(MIN_PAPER_EDGE_MM, `must be at least ${MIN_PAPER_EDGE_MM} mm`)
  .max(MAX_PAPER_EDGE_MM, `must be at most ${MAX_PAPER_EDGE_MM} mm (is this a pixel count?)`);

const paperSourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  checkedOn: z.string().regex(ISO_DATE, 'must be a date like 2026-05-01'),
});

export const paperSchema = z
  .strictObject({
    id: z.string().regex(PAPER_ID, 'must be letters and digits, e.g. L, 2L, A4'),
    names: z.strictObject({ en: z.string().min(1), ja: z.string().min(1) }),
    widthMm: paperEdgeMmSchema,
    heightMm: paperEdgeMmSchema,
    output: z.enum(['jpeg', 'pdf']).describe('jpeg: a photo print at a shop or konbini; pdf: a home printer at 100 %'),
    konbini: z.boolean().describe('Convenience-store machines print on this paper'),
    sources: z.array(paperSourceSchema).min(1, 'every paper needs at least one source'),
  })
  .superRefine((paper, ctx) => {
    if (paper.widthMm > paper.heightMm) {
      ctx.addIssue({ code: 'custom', path: ['widthMm'], message: `must not exceed heightMm (${paper.heightMm}): papers are stored upright` });
    }
  });
export type Paper = z.infer<typeof paperSchema>;
export type PaperId = Paper['id'];

export const papersFileSchema = z
  .strictObject({ papers: z.array(paperSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.papers.forEach((paper, index) => {
      const first = seen.get(paper.id);
      if (first === undefined) seen.set(paper.id, index);
      else ctx.addIssue({ code: 'custom', path: ['papers', index, 'id'], message: `duplicate id "${paper.id}" (first at papers[${first}])` });
    });
  });

/** Thrown when specs/papers.json breaks the schema: one `path: message` per problem. */
export class PaperTableError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`specs/papers.json is invalid:\n${issues.join('\n')}`);
    this.name = 'PaperTableError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, depth) => (typeof key === 'number' ? `[${key}]` : `${depth === 0 ? '' : '.'}${String(key)}`)).join('') || '(file)';
}

/** Parse, don't cast (ARCHITECTURE.md habit 4). */
export function parsePapers(raw: unknown): readonly Paper[] {
  const result = papersFileSchema.safeParse(raw);
  if (!result.success) throw new PaperTableError(result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  return result.data.papers;
}

export const papers: readonly Paper[] = parsePapers(papersJson);

export function findPaper(id: string): Paper | undefined {
  return papers.find((paper) => paper.id === id);
}
