/**
 * The mock backend: one typed in-memory store (state.ts) with plain functions per resource, shared
 * by the browser worker, Vitest and Playwright. It behaves like the platform API: it validates with
 * the console's own rules, answers 400/404/409 with a clear message, and runs builds on its own clock.
 *
 * This module gathers the functions callers use as `db.x(...)`: the handlers, tests and the bench
 * (`import * as db`), and the browser console and Playwright (`assemblyMocks.db`).
 */
export { buildReportsJson, buildStatus, listBuildReports } from './builds'
export { clock } from './clock'
export { getArchs, getSbom, getSize, getVulnReport } from './contents'
export { clearFaults, injectFault, takeFault } from './faults'
export { HttpError } from './http-error'
export { getFeatures, listGroups, ORG_NAMES } from './orgs'
export { listPackageSummaries, replaceCatalogue, resolveConfig } from './packages'
export { createRepo, deleteRepo, listRepos, updateRepo } from './repos'
export { FAILED_BUILDS } from './scenario-build-fails'
export { FULL_CATALOGUE } from './scenario-full-catalogue'
export { HUGE_LOG } from './scenario-huge-log'
export { currentScenario, isScenario, reset, scenarioNames } from './scenarios'
export { getRepoTagsSummary, listTags } from './tags'
