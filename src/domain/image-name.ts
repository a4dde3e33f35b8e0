/** Rules for the name of an image created with Custom Assembly. Shared by the console and the mocks. */
const IMAGE_NAME_PATTERN = /^[a-z0-9_-]+$/
const IMAGE_NAME_MAX = 128

export function imageNameError(name: string, existingNames: Iterable<string> = []): string | null {
  if (name.length === 0) return 'Enter a name for the image.'
  if (name.length > IMAGE_NAME_MAX) return `The name is too long: use at most ${IMAGE_NAME_MAX} characters.`
  if (!IMAGE_NAME_PATTERN.test(name)) {
    return 'Use only lowercase letters, digits, "-" and "_" in the name.'
  }
  for (const existing of existingNames) {
    if (existing === name) return `An image named "${name}" already exists in this organization.`
  }
  return null
}
