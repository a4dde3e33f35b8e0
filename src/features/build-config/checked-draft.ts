import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import { parseBuildConfig } from '../../domain/build-config-read'

/**
 * The draft read and checked by every rule, with what the package rules need: the organization's
 * packages (also the editor's completions) and the packages the source image has already. Both load
 * only while there is a draft; until they do, packages are checked by the registry alone.
 */
export function useCheckedDraft(orgId: string, repoId: string, draft: string | null) {
  const catalogue = useCatalogue(orgId, draft !== null)
  const resolved = useQuery({ ...queries.resolved(orgId, repoId), enabled: draft !== null })
  const base = useMemo(() => new Set(resolved.data?.contents?.packages ?? []), [resolved.data])
  const packages = useMemo(
    () =>
      catalogue.packages.map((pkg) => ({
        name: pkg.packageName ?? '',
        version: pkg.latestVersion,
        description: pkg.description,
      })),
    [catalogue.packages],
  )
  const entitled = useMemo(() => {
    if (!catalogue.complete) return undefined
    const names = new Set(packages.map((pkg) => pkg.name))
    return (name: string) => names.has(name)
  }, [catalogue.complete, packages])
  const parsed = useMemo(
    () => (draft === null ? null : parseBuildConfig(draft, { entitled, base })),
    [draft, entitled, base],
  )
  return {
    parsed,
    errors: parsed?.problems.filter((problem) => problem.severity === 'error') ?? [],
    packages,
    catalogue,
    resolved,
  }
}

export type CheckedDraft = ReturnType<typeof useCheckedDraft>
