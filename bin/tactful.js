#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx tactful` works from a fresh clone after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../phrasebank/cli.ts');
