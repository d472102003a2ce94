import { existsSync } from 'node:fs';

/**
 * The first existing path among an override (an environment variable) and the usual system
 * locations of a browser; none → an error saying what to install. No browser is downloaded.
 */
export function systemBinary(name: string, candidates: (string | undefined)[], install: string): string {
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`${name} not found: ${install}`);
  return found;
}
