// Regenerates specs/document.schema.json from the zod schema in src/specs. The schema is TypeScript, so the
// generation runs inside vitest (which compiles it); the same test, without the flag, fails when the file is stale.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'tests/specs/spec-json-schema.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SPEC_SCHEMA_WRITE: '1' },
});
process.exit(result.status ?? 1);
