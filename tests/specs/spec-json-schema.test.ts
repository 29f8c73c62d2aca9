import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_JSON_SCHEMA_PATH, specJsonSchemaText } from '../../src/specs/spec-json-schema';

/** Set by scripts/generate-spec-schema.mjs: rewrite the file instead of comparing. */
const WRITE = process.env.SPEC_SCHEMA_WRITE === '1';
const schemaPath = resolve(import.meta.dirname, '../..', SPEC_JSON_SCHEMA_PATH);

describe('generated JSON Schema', () => {
  it('is up to date with the zod schema (run `node scripts/generate-spec-schema.mjs` to refresh)', () => {
    const expected = specJsonSchemaText();
    if (WRITE) writeFileSync(schemaPath, expected);
    expect(readFileSync(schemaPath, 'utf8')).toBe(expected);
  });
});
