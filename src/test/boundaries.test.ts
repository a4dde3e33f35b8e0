// @vitest-environment node
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/') })

/** The boundary errors ESLint reports for `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` })
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('the architecture, as the linter enforces it', () => {
  it.each([
    ['../images/image-frame'],
    ['../../features/images/images-page'],
    ['./../../features/../features/images/versions-tab'],
  ])('refuses a feature importing another feature (%s)', async (source) => {
    const errors = await boundaryErrors(
      'src/features/builds/probe.ts',
      `import { probe } from '${source}'\nexport const used = probe\n`,
    )
    expect(errors).toEqual([
      expect.stringMatching(
        /^boundaries\/dependencies: features never import each other \(builds → images\)/,
      ),
    ])
  })

  it('lets a feature import the API, the domain and the ui', async () => {
    const errors = await boundaryErrors(
      'src/features/builds/probe.ts',
      [
        "import { queries } from '../../api/queries'",
        "import { imageNameError } from '../../domain/image-name'",
        "import { Badge } from '../../ui/badge'",
        'export const used = [queries, imageNameError, Badge]',
      ].join('\n'),
    )
    expect(errors).toEqual([])
  })

  it('keeps the domain free of anything of ours', async () => {
    const errors = await boundaryErrors(
      'src/domain/probe.ts',
      "import { Badge } from '../ui/badge'\nexport const used = Badge\n",
    )
    expect(errors).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"domain".*"ui"/)])
  })
})
