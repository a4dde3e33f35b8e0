import { useQueries } from '@tanstack/react-query'
import { useId } from 'react'
import { queries } from '../../api/queries'
import { formatBytes, formatSizeDifference } from '../../domain/compare'
import { LoadingState } from '../../ui/states'
import type { Side } from './side'

/** The size of each side per architecture (those either side has images for), and the difference. */
export function SizeChanges({ from, to }: { from: Side; to: Side }) {
  const heading = useId()
  const archs = useQueries({
    queries: [from, to].map((side) => queries.archs(side.orgId, side.repoId, side.version.digest)),
  })
  const names = [...new Set(archs.flatMap((query) => query.data?.archs ?? []))]
  const sizes = useQueries({
    queries: names.flatMap((arch) =>
      [from, to].map((side) => queries.size(side.orgId, side.repoId, side.version.digest, arch)),
    ),
  })
  const sizeOf = (arch: string, side: 0 | 1) => {
    const query = sizes[names.indexOf(arch) * 2 + side]
    const bytes = query?.data?.size
    return { bytes: bytes === undefined ? undefined : Number(bytes), pending: query?.isPending ?? true }
  }

  return (
    <section aria-labelledby={heading} className="change-section">
      <h2 id={heading}>Size</h2>
      {archs.some((query) => query.isPending) ? (
        <LoadingState label="Loading the sizes…" />
      ) : names.length === 0 ? (
        <p className="muted">
          The registry has no architectures for these versions, so their sizes are unknown.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table size-table">
            <caption className="visually-hidden">Size per architecture</caption>
            <thead>
              <tr>
                <th scope="col">Architecture</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {names.map((arch) => {
                const [before, after] = [sizeOf(arch, 0), sizeOf(arch, 1)]
                return (
                  <tr key={arch}>
                    <th scope="row" className="mono">
                      {arch}
                    </th>
                    <SizeCell {...before} />
                    <SizeCell {...after} />
                    <td>
                      {before.bytes !== undefined && after.bytes !== undefined ? (
                        formatSizeDifference(before.bytes, after.bytes)
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function SizeCell({ bytes, pending }: { bytes: number | undefined; pending: boolean }) {
  return (
    <td>
      {bytes !== undefined ? (
        formatBytes(bytes)
      ) : pending ? (
        <span className="muted">…</span>
      ) : (
        <span className="muted">Not available</span>
      )}
    </td>
  )
}
