import { shortDigest } from '../../domain/image'
import type { Version } from '../../domain/versions'

/** One side of a comparison: a version of an image (this one, or the image it is built from). */
export interface Side {
  orgId: string
  repoId: string
  version: Version
  /** how the comparison names it: `node 22`, `chainguard/node:22`, `node sha256:1a2b…` */
  label: string
}

/** `node 22`, or `node sha256:1a2b3c4d5e6f` for a version no tag points at. */
export function versionLabel(imageName: string, version: Version): string {
  return `${imageName} ${version.tags[0] ?? shortDigest(version.digest)}`
}
