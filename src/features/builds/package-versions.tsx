import type { ReactNode } from 'react'
import './package-versions.css'

/** A short table of packages and their versions, under a heading that counts them. */
export function PackageVersions({
  title,
  rows,
  empty,
}: {
  title: string
  rows: readonly { name: string; version: ReactNode }[]
  /** what to say when there are none; none said leaves the table out */
  empty?: string
}) {
  if (!rows.length && !empty) return null
  return (
    <section className="package-versions" aria-label={title}>
      <h3>
        {title} <span className="muted">({rows.length})</span>
      </h3>
      {rows.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Package</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <td className="mono">{row.name}</td>
                <td className="mono">{row.version || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  )
}
