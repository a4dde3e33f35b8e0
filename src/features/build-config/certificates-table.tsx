import { AlertTriangle } from 'lucide-react'
import { useEffect, useState } from 'react'
import { certificateFingerprint, type CertificateInfo } from '../../domain/certificates'
import { CopyButton } from '../../ui/copy-button'
import './build-config.css'

/** Each certificate's subject, issuer and validity; an expired one is flagged. */
export function CertificatesTable({
  certificates,
  overlay,
  headingLevel,
}: {
  certificates: readonly CertificateInfo[]
  /** the build config they come from: each certificate's PEM, for its fingerprint */
  overlay: CertificateEntries | null | undefined
  /** 2 on the tab, 3 under "Review changes" */
  headingLevel: 2 | 3
}) {
  if (certificates.length === 0) return null
  const contents = contentsByName(overlay)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="card section" aria-label="Certificates">
      <Heading className="section-title">Certificates ({certificates.length})</Heading>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Subject</th>
            <th scope="col" className="hide-narrow">
              Issuer
            </th>
            <th scope="col">Expires</th>
            <th scope="col" className="hide-narrow">
              SHA-256
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((certificate) => (
            <tr key={certificate.name}>
              <td>
                <code>{certificate.name}</code>
              </td>
              <td>{certificate.subject}</td>
              <td className="hide-narrow">{certificate.selfSigned ? 'Self-signed' : certificate.issuer}</td>
              <td className="nowrap">
                {certificate.expired ? (
                  <span className="status failure">
                    <AlertTriangle size={14} aria-hidden /> Expired {certificate.notAfter.slice(0, 10)}
                  </span>
                ) : (
                  certificate.notAfter.slice(0, 10)
                )}
              </td>
              <td className="hide-narrow nowrap">
                <Fingerprint name={certificate.name} content={contents.get(certificate.name)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** A certificate's SHA-256 fingerprint (computed by Web Crypto), shortened, with the whole of it to copy. */
function Fingerprint({ name, content }: { name: string; content: string | undefined }) {
  const [known, setKnown] = useState<{ content: string; fingerprint: string } | null>(null)
  useEffect(() => {
    if (!content) return
    let live = true
    certificateFingerprint(content).then(
      (fingerprint) => live && setKnown({ content, fingerprint }),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [content])
  if (!content || known?.content !== content) return <span className="muted">—</span>
  return (
    <span className="digest">
      <code title={known.fingerprint}>{known.fingerprint.slice(0, 23)}…</code>
      <CopyButton text={known.fingerprint} label={`SHA-256 fingerprint of ${name}`} />
    </span>
  )
}

interface CertificateEntries {
  certificates?: { additional?: { name?: string; content?: string }[] }
}

/** Each certificate entry's PEM by name. */
function contentsByName(overlay: CertificateEntries | null | undefined): ReadonlyMap<string, string> {
  return new Map(
    (overlay?.certificates?.additional ?? []).flatMap((entry) =>
      entry.name && entry.content ? [[entry.name, entry.content] as const] : [],
    ),
  )
}
