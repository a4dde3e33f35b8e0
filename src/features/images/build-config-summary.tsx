import type { Repo } from '../../api/types'
import { hasCustomizations, sourceLabel } from '../../domain/image'
import { EmptyState } from '../../ui/states'

/** What the image's build config adds to its source: packages, environment, annotations, certificates. */
export function BuildConfigSummary({ repo }: { repo: Repo & { name: string } }) {
  const overlay = repo.customOverlay ?? {}
  if (!hasCustomizations(overlay)) {
    return (
      <div className="table-wrap">
        <EmptyState title="No customizations">
          <p className="muted">
            {repo.name} is built exactly as {sourceLabel(repo) ?? 'its source image'}. Use “Customize Image”
            to add packages.
          </p>
        </EmptyState>
      </div>
    )
  }
  const packages = overlay.contents?.packages ?? []
  const environment = Object.entries(overlay.environment ?? {})
  const annotations = Object.entries(overlay.annotations ?? {})
  const certificates = overlay.certificates?.additional ?? []
  return (
    <div>
      <section className="card section" aria-labelledby="config-packages">
        <h2 id="config-packages">Packages added ({packages.length})</h2>
        {packages.length ? (
          <ul className="tag-list">
            {packages.map((name) => (
              <li key={name} className="tag">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None.</p>
        )}
      </section>
      <KeyValueSection title="Environment" entries={environment} />
      <KeyValueSection title="Annotations" entries={annotations} />
      {certificates.length > 0 && (
        <section className="card section" aria-label="Certificates">
          <h2>Certificates ({certificates.length})</h2>
          <ul>
            {certificates.map((certificate, index) => (
              <li key={certificate.name ?? index}>
                <code>{certificate.name}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function KeyValueSection({ title, entries }: { title: string; entries: Array<[string, string]> }) {
  if (entries.length === 0) return null
  return (
    <section className="card section" aria-label={title}>
      <h2>{title}</h2>
      <dl className="definition-list">
        {entries.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>
              <code>{key}</code>
            </dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
