/** How long read data counts as fresh, and how often running work is read again (milliseconds). */

/**
 * Any read, unless it says otherwise: moving between pages and tabs within this reuses what was
 * read, and coming back to the window later reads it again (queries refetch on window focus).
 */
export const FRESH_MS = 15_000

/**
 * Organizations, entitlements and a source image's packages: they change rarely, and a change made
 * in this console invalidates what it touches at once.
 */
export const SLOW_CHANGING_FRESH_MS = 5 * 60_000

/**
 * The package catalogue: thousands of packages read in pages, which change more rarely still;
 * reading them again costs many requests.
 */
export const CATALOGUE_FRESH_MS = 10 * 60_000

/**
 * While a build runs, the builds list and the open build are read again this often, so its status
 * and log move on their own; polling stops when no build runs.
 */
export const RUNNING_BUILD_POLL_MS = 2000

/**
 * A version's package list or scan the registry does not have yet (a version just pushed) is read
 * again this often while it is shown, so it appears without a reload.
 */
export const PENDING_VERSION_RECORD_POLL_MS = 30_000
