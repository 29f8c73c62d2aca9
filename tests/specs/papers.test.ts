import { describe, expect, it } from 'vitest';
import papersJson from '../../specs/papers.json';
import { findPaper, PaperTableError, papers, parsePapers } from '../../src/specs/papers';

describe('specs/papers.json', () => {
  it.each([
    ['L', 89, 127, 'jpeg'],
    ['2L', 127, 178, 'jpeg'],
    ['KG', 102, 152, 'jpeg'],
    ['postcard', 100, 148, 'jpeg'],
    ['A4', 210, 297, 'pdf'],
  ] as const)('%s is %i × %i mm and exports %s', (id, widthMm, heightMm, output) => {
    const paper = findPaper(id);
    expect(paper).toMatchObject({ id, widthMm, heightMm, output });
    expect(paper?.names.en).toBeTruthy();
    expect(paper?.names.ja).toBeTruthy();
    expect(paper?.sources.length).toBeGreaterThan(0);
  });

  it('holds exactly the five papers of issue 5', () => {
    expect(papers.map((p) => p.id)).toEqual(['L', '2L', 'KG', 'postcard', 'A4']);
  });

  it('returns undefined for an unknown id', () => {
    expect(findPaper('B5')).toBeUndefined();
  });

  function withFirstPaper(patch: Record<string, unknown>): unknown {
    const [first, ...rest] = papersJson.papers;
    return { papers: [{ ...first, ...patch }, ...rest] };
  }

  it.each([
    [{ widthMm: 2102 }, 'papers[0].widthMm'],
    [{ widthMm: 130 }, 'papers[0].widthMm: must not exceed heightMm'],
    [{ output: 'png' }, 'papers[0].output'],
    [{ sources: [] }, 'papers[0].sources'],
    [{ id: '2L' }, 'papers[1].id: duplicate id "2L"'],
    [{ colour: 'white' }, 'papers[0]'],
  ])('rejects %o, naming %s', (patch, path) => {
    expect(() => parsePapers(withFirstPaper(patch))).toThrow(PaperTableError);
    expect(() => parsePapers(withFirstPaper(patch))).toThrow(path);
  });
});
