import { buildFixtures } from './build-fixtures';

/** Vitest global setup for the e2e run: the fixture pages need their editor bundles. */
export default async function setup(): Promise<void> {
  await buildFixtures();
}
