import { lockedPackages } from '../../domain/build-lock'
import type { BuildRow } from './build-row'
import { PackageVersions } from './package-versions'
import './build-details.css'

/** Why a build has no locked package list to show, in words. */
const NO_LIST = {
  running: 'The locked package list is written once the build has resolved its packages.',
  failed: 'This build stopped before its packages were resolved, so it has no locked package list.',
  success: 'The registry sent no locked package list for this build.',
} as const

/** A build's "Details": the apko version that built it, its warnings and the packages it locked. */
export function BuildDetails({ build }: { build: BuildRow }) {
  const { report } = build
  const locked = lockedPackages(report.lockedConfig)
  const warnings = report.warnings?.filter((warning) => warning.trim()) ?? []
  return (
    <>
      <dl className="build-facts">
        <div>
          <dt>apko version</dt>
          <dd className="mono">{report.apkoVersion || <span className="muted">Not reported</span>}</dd>
        </div>
      </dl>
      <section aria-label="Warnings">
        <h3>
          Warnings <span className="muted">({warnings.length})</span>
        </h3>
        {warnings.length ? (
          <ul className="build-warnings">
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">The build reported no warnings.</p>
        )}
      </section>
      {locked.state === 'read' ? (
        <PackageVersions
          title="Locked packages"
          rows={locked.packages}
          empty="The locked configuration lists no packages."
        />
      ) : (
        <section aria-label="Locked packages">
          <h3>Locked packages</h3>
          <p className="muted">
            {locked.state === 'missing'
              ? NO_LIST[build.state]
              : 'This build’s locked configuration could not be read, so its packages cannot be listed.'}
          </p>
        </section>
      )}
    </>
  )
}
