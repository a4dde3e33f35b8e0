import { EmptyState } from './states'

/** Words for a version the URL names that the image does not have, or for an image with no versions. */
export function NoVersion({ imageName, asked }: { imageName: string; asked: string }) {
  return asked ? (
    <EmptyState title={`No version “${asked}”`}>
      <p className="muted">
        {imageName} has no tag “{asked}”. Pick one of its versions above.
      </p>
    </EmptyState>
  ) : (
    <EmptyState title="No versions yet">
      <p className="muted">
        {imageName} has no tags yet. A new image gets its tags when its first builds succeed.
      </p>
    </EmptyState>
  )
}
