import type { z } from 'zod';
import { withDerivedFields } from './document-spec-schema';
import { specFileSchema, type SpecFile } from './spec-file-schema';

/** Thrown when specs/documents.json breaks the schema; lists every problem, one `path: message` per line. */
export class SpecTableError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`specs/documents.json is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.join('\n')}`);
    this.name = 'SpecTableError';
  }
}

/** `documents[2] (jp-passport).faceHeightMm.max` — the row id makes a path findable in a 50-row file. */
export function formatIssuePath(path: readonly PropertyKey[], raw: unknown): string {
  let text = '';
  path.forEach((key, depth) => {
    if (typeof key === 'number') text += `[${key}]`;
    else text += `${depth === 0 ? '' : '.'}${String(key)}`;
    if (depth === 1 && path[0] === 'documents' && typeof key === 'number') {
      const id = rowId(raw, key);
      if (id) text += ` (${id})`;
    }
  });
  return text || '(file)';
}

function rowId(raw: unknown, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const documents = (raw as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) return undefined;
  const row: unknown = documents[index];
  if (typeof row !== 'object' || row === null) return undefined;
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

export function formatIssues(error: z.ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => `${formatIssuePath(issue.path, raw)}: ${issue.message}`);
}

/** Parse, don't cast (ARCHITECTURE.md habit 4): the JSON becomes typed rows here or the app refuses to start. */
export function parseSpecFile(raw: unknown): SpecFile {
  const result = specFileSchema.safeParse(raw);
  if (!result.success) throw new SpecTableError(formatIssues(result.error, raw));
  return { ...result.data, documents: result.data.documents.map(withDerivedFields) };
}
