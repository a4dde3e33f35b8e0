import { PackageChanges } from './package-changes'
import type { Side } from './side'
import { SizeChanges } from './size-changes'
import { VulnerabilityChanges } from './vulnerability-changes'

/** What changed from one version to the other: packages, vulnerabilities and sizes. */
export function Comparison({ from, to }: { from: Side; to: Side }) {
  const same = from.repoId === to.repoId && from.version.digest === to.version.digest
  return (
    <div className="comparison">
      <p className="muted" role="status">
        {same
          ? `From and To are the same version (${to.label}): nothing changed.`
          : `What changed from ${from.label} to ${to.label}.`}
      </p>
      <PackageChanges from={from} to={to} />
      <VulnerabilityChanges from={from} to={to} />
      <SizeChanges from={from} to={to} />
    </div>
  )
}
