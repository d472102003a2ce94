/**
 * Bundles the real editors the fixture pages use (tests/e2e/fixtures/src/*.ts →
 * tests/e2e/fixtures/vendor/*.js, IIFE, from node_modules; nothing is fetched). Skips the
 * work when every bundle is newer than its sources and the lock file.
 * Run by the e2e global setup; `npx tsx tests/e2e/build-fixtures.ts` runs it by hand.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'tests/e2e/fixtures/src');
export const VENDOR_DIR = join(ROOT, 'tests/e2e/fixtures/vendor');

/** Entry files that mount an editor; the rest of src/ are shared modules. */
export const EDITOR_ENTRIES = ['prosemirror', 'ckeditor', 'quill', 'lexical', 'tinymce'];

/**
 * The @lexical/* plugins carry their own nested copy of `lexical`; two copies of the core
 * in one page break Lexical's node registry, so every import resolves to the plugins' copy.
 */
const LEXICAL_CORE = join(ROOT, 'node_modules/@lexical/rich-text/node_modules/lexical');

function newestInput(): number {
  const inputs = [...readdirSync(SRC).map((f) => join(SRC, f)), join(ROOT, 'package-lock.json'), import.meta.filename];
  return Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

function upToDate(): boolean {
  const newest = newestInput();
  return EDITOR_ENTRIES.every((name) => {
    const out = join(VENDOR_DIR, `${name}.js`);
    return existsSync(out) && statSync(out).mtimeMs >= newest;
  });
}

export async function buildFixtures({ force = false } = {}): Promise<void> {
  if (!force && upToDate()) return;
  const started = Date.now();
  await build({
    entryPoints: Object.fromEntries(EDITOR_ENTRIES.map((name) => [name, join(SRC, `${name}.ts`)])),
    outdir: VENDOR_DIR,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    alias: existsSync(LEXICAL_CORE) ? { lexical: LEXICAL_CORE } : {},
  });
  console.log(`fixtures: bundled ${EDITOR_ENTRIES.join(', ')} in ${Date.now() - started} ms`);
}

if (process.argv[1] === import.meta.filename) await buildFixtures({ force: process.argv.includes('--force') });
