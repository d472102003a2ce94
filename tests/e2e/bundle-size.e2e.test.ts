/**
 * The content script rides in every page of the supported sites: it stays within 40 KB
 * gzip (the heavy parts — the compiler, compromise, the banks' tables — live in the
 * background). Checked on the build the e2e suite runs against.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

const BUDGET = 40 * 1024;

describe('the built extension', () => {
  it('has a content script within 40 KB gzip', () => {
    const script = readFileSync(resolve(EXTENSION_DIR, 'content-script.js'));
    const gzipped = gzipSync(script, { level: 9 }).length;
    console.log(`content script: ${(script.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it('does not bundle the compiler, compromise or the banks into the content script', () => {
    const script = readFileSync(resolve(EXTENSION_DIR, 'content-script.js'), 'utf8');
    // compromise's lexicon and the bank's rule ids would be unmistakable in the bundle
    expect(script).not.toContain('stop-phrase.calm-down');
    expect(script).not.toMatch(/compromise/i);
  });
});
