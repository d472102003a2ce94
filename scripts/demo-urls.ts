// The demo composer pages `npm start` opens; served by scripts/start.ts from tests/e2e/fixtures.
export const DEMO_PORT = Number(process.env.TACTFUL_DEMO_PORT ?? 5176);

export function demoStartUrls(): string[] {
  return [`http://127.0.0.1:${DEMO_PORT}/index.html`];
}
