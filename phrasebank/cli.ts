#!/usr/bin/env -S npx tsx
// `tactful`: see cli/main.ts. Run with `npx tactful …` or `npx tsx phrasebank/cli.ts …`.
import { main } from './cli/main';

process.exitCode = await main(process.argv.slice(2));
