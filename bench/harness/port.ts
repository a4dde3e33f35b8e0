/** Where `npm run bench` serves the log-viewer harness: next to the console's port, out of its way. */
export const HARNESS_PORT = Number(
  process.env.BENCH_HARNESS_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2000,
)
