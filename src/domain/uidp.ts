/**
 * UIDPs: an organization is 40 hex characters; each child adds `/` and 16 hex characters
 * (`<org>/<repo>`, `<org>/<repo>/<build>`).
 */
export function parentOf(uidp: string): string | undefined {
  const cut = uidp.lastIndexOf('/')
  return cut === -1 ? undefined : uidp.slice(0, cut)
}

export function isChildOf(uidp: string, parent: string): boolean {
  return parentOf(uidp) === parent
}

export function isDescendantOf(uidp: string, ancestor: string): boolean {
  return uidp.startsWith(`${ancestor}/`)
}
