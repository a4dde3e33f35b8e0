/**
 * Rules for the name of an image created with Custom Assembly, shared by the console and the mocks.
 *
 * The name is one path component of an OCI repository name (`cgr.dev/<org>/<name>`), as the OCI
 * distribution specification defines it: lowercase letters and digits, separated by `.`, `_`, `__`
 * or a run of `-`, starting and ending with a letter or digit.
 *
 * The registry publishes no length limit of its own for a repository name, so the OCI distribution
 * limit applies: clients refuse a name longer than 255 characters counting the registry host, so
 * the whole pull reference without its tag, `cgr.dev/<org>/<name>`, has at most 255 characters.
 */
import { REGISTRY_HOST } from './image'

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const ALLOWED_CHARACTER = /[a-z0-9._-]/
const SEPARATOR_RUN = /[._-]{2,}/g
const VALID_SEPARATOR = /^(?:__|-+)$/

/** The OCI distribution limit on `<registry host>/<repository name>`. */
const REFERENCE_NAME_MAX = 255

/** The longest image name the organization can have: its pull reference stays within the OCI limit. */
export function imageNameMaxLength(orgName: string): number {
  return REFERENCE_NAME_MAX - `${REGISTRY_HOST}/${orgName}/`.length
}

/**
 * Why `name` cannot name a new image of the organization `orgName`, in words a user understands;
 * null when it can. `existingNames` are the organization's images: a name must be none of them.
 */
export function imageNameError(
  name: string,
  { orgName, existingNames = [] }: { orgName: string; existingNames?: Iterable<string> },
): string | null {
  if (name.length === 0) return 'Enter a name for the image: the image name is required.'
  const max = imageNameMaxLength(orgName)
  if (name.length > max) {
    return `The image name is too long (${name.length} characters): use at most ${max}, so that ${REGISTRY_HOST}/${orgName}/ and the name fit in the ${REFERENCE_NAME_MAX} characters registries allow.`
  }
  const characters = characterError(name)
  if (characters) return characters
  if (!PATH_COMPONENT.test(name)) return shapeError(name)
  for (const existing of existingNames) {
    if (existing === name)
      return `The image name "${name}" is taken: an image with that name already exists in this organization.`
  }
  return null
}

const ALLOWED_IN_WORDS = 'use only lowercase letters, digits, and ".", "_" or "-" between them'

function characterError(name: string): string | null {
  const refused = [...new Set([...name].filter((character) => !ALLOWED_CHARACTER.test(character)))]
  if (refused.length === 0) return null
  const kinds: string[] = []
  if (refused.some((character) => /\s/u.test(character))) kinds.push('spaces')
  if (refused.some((character) => /\p{Lu}/u.test(character))) kinds.push('capital letters')
  const others = refused.filter((character) => !/\s|\p{Lu}/u.test(character))
  if (others.length > 0) {
    const shown = others.slice(0, 5).map(showCharacter)
    kinds.push(
      `${others.length === 1 ? 'the character' : 'the characters'} ${shown.join(' ')}${others.length > 5 ? ' …' : ''}`,
    )
  }
  return `The image name cannot contain ${joinWords(kinds)}: ${ALLOWED_IN_WORDS}.`
}

/** Only allowed characters, but not in the grammar's shape: which end or which separator is wrong. */
function shapeError(name: string): string {
  const first = name.at(0) ?? ''
  if (!/[a-z0-9]/.test(first)) {
    return `The image name must start with a lowercase letter or a digit, not "${first}".`
  }
  const last = name.at(-1) ?? ''
  if (!/[a-z0-9]/.test(last)) {
    return `The image name must end with a lowercase letter or a digit, not "${last}".`
  }
  const run = (name.match(SEPARATOR_RUN) ?? []).find((candidate) => !VALID_SEPARATOR.test(candidate)) ?? ''
  return `The image name cannot have "${run}" between two words: separate them with one ".", one or two "_", or one or more "-".`
}

/** A visible character in quotes; an invisible one (a control or formatting mark) by its code point. */
function showCharacter(character: string): string {
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(character)) return `"${character}"`
  const code = character.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}
