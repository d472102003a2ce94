// The background worker: the home of the bank store, team-bank sync and stats (see
// ARCHITECTURE). It must exist from the start so that pages and tests can reach it.
export default defineBackground(() => {});
