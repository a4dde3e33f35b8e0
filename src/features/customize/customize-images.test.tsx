import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { repoId } from '../../../mocks/test-lookups'
import { customizeImagesButton } from '../../test/customize-images-button'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

// happy-dom lays nothing out; give elements a size so the virtualized checklist renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(360)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640)
})

const savedPackages = (name: string) =>
  db.listRepos({ id: repoId(name) })[0]?.customOverlay?.contents?.packages

/** The build configs the console sends (`PUT` of an image), by image id. */
function countSaves() {
  const sent: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') sent.push(decodeURIComponent(new URL(request.url).pathname))
  })
  return { of: (name: string) => sent.filter((path) => path.endsWith(repoId(name))).length, sent }
}

/** Selects images on Organization Images and opens "Customize N images" once its packages are in. */
async function customize(...images: string[]) {
  const view = renderRoute(`/${ORG}/images`)
  for (const image of images)
    await view.user.click(await screen.findByRole('checkbox', { name: `Select ${image}` }))
  await view.user.click(await customizeImagesButton(`Customize ${images.length} images`))
  const dialog = await screen.findByRole('dialog', { name: `Customize ${images.length} images` })
  await within(dialog).findByText(/of 1\d{3} shown$/, {}, { timeout: 5000 })
  const filter = within(dialog).getByRole('searchbox', { name: 'Filter packages' })
  async function show(name: string) {
    await view.user.clear(filter)
    await view.user.type(filter, name)
    return within(dialog).getByRole('checkbox', { name })
  }
  return { ...view, dialog, show }
}

describe('Customize N images', () => {
  it('locks a package for the images whose base has it, and says for which, and which images add a package', async () => {
    const { dialog, show } = await customize('node', 'python')
    expect(dialog).toHaveAccessibleDescription('Add or remove packages in node, python.')

    const everywhere = await show('libcrypto3')
    expect(everywhere).toHaveAttribute('aria-disabled', 'true')
    expect(everywhere).toHaveAccessibleDescription('Included in the base image')

    const nodeOnly = await show('nodejs-24')
    expect(nodeOnly).not.toHaveAttribute('aria-disabled')
    expect(nodeOnly).not.toBeChecked()
    expect(nodeOnly).toHaveAccessibleDescription('Locked for node')

    const pythonAdds = await show('curl')
    expect(pythonAdds).toBeChecked()
    expect(pythonAdds).toHaveAccessibleDescription('Added to python')
  })

  it('previews each image’s change, applies it with one failing, retries that one, and skips those done', async () => {
    const { user, dialog, show } = await customize('node', 'python')
    const pythonBefore = savedPackages('python') ?? []
    expect(pythonBefore).toContain('curl')
    await user.click(await show('jq'))
    await user.click(await show('nodejs-24'))
    await user.click(await show('curl')) // python's build config adds it: unticked, it goes from python only
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))

    const node = within(dialog).getByRole('region', { name: 'node' })
    const python = within(dialog).getByRole('region', { name: 'python' })
    expect(within(node).getByRole('region', { name: 'Packages added to node' })).toHaveTextContent(/jq/)
    expect(within(node).getByRole('region', { name: 'Packages added to node' })).not.toHaveTextContent(
      /nodejs-24/,
    )
    expect(within(node).getByRole('region', { name: 'Packages removed from node' })).toHaveTextContent(
      'None.',
    )
    expect(within(python).getByRole('region', { name: 'Packages added to python' })).toHaveTextContent(
      /jq.*nodejs-24/,
    )
    expect(within(python).getByRole('region', { name: 'Packages removed from python' })).toHaveTextContent(
      /curl/,
    )

    // python's save fails once; node's goes through
    db.injectFault({
      method: 'PUT',
      path: repoId('python'),
      answer: 503,
      message: 'Registry busy.',
      times: 1,
    })
    const saves = countSaves()
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 images' }))
    expect(await within(python).findByText(/Failed: Registry busy\./)).toBeInTheDocument()
    expect(await within(node).findByText(/Applied/)).toBeInTheDocument()
    expect(within(node).getByRole('link', { name: 'View builds of node' })).toHaveAttribute(
      'href',
      `/${ORG}/images/node/builds`,
    )
    expect(savedPackages('node')).toEqual(['jq'])
    expect(savedPackages('python')).toEqual(pythonBefore)
    expect(within(dialog).getByRole('button', { name: 'Back' })).toBeDisabled()

    // applying again sends python only
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 1 image' }))
    expect(await within(python).findByText(/Applied/)).toBeInTheDocument()
    expect(saves.of('node')).toBe(1)
    expect(saves.of('python')).toBe(2)
    expect(savedPackages('python')).toEqual([
      ...pythonBefore.filter((name) => name !== 'curl'),
      'jq',
      'nodejs-24',
    ])
    expect(within(dialog).getByText('2 images customized; builds started.')).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('keeps what was applied when the dialog closes half-way, and the list shows it', async () => {
    const { user, dialog, show } = await customize('node', 'redis')
    await user.click(await show('jq'))
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    db.injectFault({ method: 'PUT', path: repoId('redis'), answer: 503, message: 'Registry busy.', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 images' }))
    expect(await within(dialog).findByText(/Failed: Registry busy\./)).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Discard and close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(savedPackages('node')).toEqual(['jq'])
    expect(savedPackages('redis') ?? []).toEqual([])
    const node = screen.getByRole('link', { name: 'node' }).closest('tr')
    expect(await within(node!).findByText('Customized')).toBeInTheDocument()

    // opened again, the dialog starts from what is saved now: jq is node's, not redis's
    await user.click(await customizeImagesButton('Customize 2 images'))
    const again = await screen.findByRole('dialog', { name: 'Customize 2 images' })
    await within(again).findByText(/of 1\d{3} shown$/, {}, { timeout: 5000 })
    await user.type(within(again).getByRole('searchbox', { name: 'Filter packages' }), 'jq')
    expect(within(again).getByRole('checkbox', { name: 'jq' })).toHaveAccessibleDescription('Added to node')
  })

  it('retries one failed image by its own button', async () => {
    const { user, dialog, show } = await customize('node', 'redis')
    await user.click(await show('jq'))
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    db.injectFault({ method: 'PUT', path: repoId('redis'), answer: 500, message: 'Boom.', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 images' }))
    const redis = within(dialog).getByRole('region', { name: 'redis' })
    await user.click(await within(redis).findByRole('button', { name: 'Retry redis' }))
    expect(await within(redis).findByText(/Applied/)).toBeInTheDocument()
    expect(savedPackages('redis')).toEqual(['jq'])
  })

  it('leaves out the images of an organization without Custom Assembly, saying why', async () => {
    const org = db.ORG_NAMES.noCustomAssembly
    const { user } = renderRoute(`/${org}/images`)
    const [first] = await screen.findAllByRole('checkbox', { name: /^Select (?!all)/ })
    await user.click(first as HTMLElement)
    const button = await customizeImagesButton('Customize 1 image')
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(
      new RegExp(`^Custom Assembly is not enabled for ${org.replace('.', '\\.')}\\. Left out: `),
    )
  })
})
