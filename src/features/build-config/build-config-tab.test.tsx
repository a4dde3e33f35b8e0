import { X509Certificate } from 'node:crypto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { EXAMPLE_CA, EXPIRED_ROOT } from '../../test/fixtures/certificates'
import { renderRoute } from '../../test/render'

// Monaco does not run in happy-dom: the editor is a plain textarea here (Playwright covers Monaco).
vi.mock('./yaml-editor', () => ({
  default: ({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) => (
    <textarea aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} />
  ),
  YamlDiff: ({ original, modified }: { original: string; modified: string }) => (
    <div aria-label="Diff">
      <pre>{original}</pre>
      <pre>{modified}</pre>
    </div>
  ),
}))

const ORG = db.ORG_NAMES.default

function repoNamed(name: string) {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  return db.listRepos({ childrenOf: org, name })[0]
}

async function openEditor(image = 'nginx') {
  const view = renderRoute(`/${ORG}/images/${image}/build-config`)
  await view.user.click(await screen.findByRole('button', { name: 'Edit' }))
  const editor = (await screen.findByRole('textbox', {
    name: `Build config of ${image}`,
  })) as HTMLTextAreaElement
  /** Replaces the document, as pasting would. */
  const setText = (text: string) => fireEvent.change(editor, { target: { value: text } })
  return { ...view, editor, setText }
}

describe('Build config tab', () => {
  it('shows the saved build config as YAML', async () => {
    renderRoute(`/${ORG}/images/nginx/build-config`)
    const document = await screen.findByLabelText('Build config document')
    expect(document.textContent).toMatch(/^contents:\n {2}packages:\n {4}- curl\n {4}- jq\n$/)
  })

  it('refuses reserved names as you type, then reviews and applies the fixed document', async () => {
    const { user, editor, setText } = await openEditor()
    const base = editor.value
    setText(`${base}environment:\n  CHAINGUARD_X: "1"\nannotations:\n  com.example.team: platform\n`)
    const problems = await screen.findByRole('list', { name: 'Problems' })
    expect(problems).toHaveTextContent(/CHAINGUARD_/)
    expect(screen.getByRole('button', { name: 'Review changes' })).toBeDisabled()

    setText(`${base}environment:\n  APP_MODE: "1"\nannotations:\n  com.example.team: platform\n`)
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Problems' })).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    expect(screen.getByText(/environment \+1; annotations \+1/)).toBeInTheDocument()
    expect(await screen.findByLabelText('Diff')).toHaveTextContent('APP_MODE')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText(/nginx was customized; builds started/)).toBeInTheDocument()
    expect(repoNamed('nginx')?.customOverlay).toMatchObject({
      contents: { packages: ['curl', 'jq'] },
      environment: { APP_MODE: '1' },
      annotations: { 'com.example.team': 'platform' },
    })
  })

  it('saves the edited document as a new image under the name rules', async () => {
    const { user, editor, setText } = await openEditor()
    setText(editor.value.replace('- jq', '- jq\n    - git'))
    await user.click(await screen.findByRole('button', { name: 'Review changes' }))
    await user.click(screen.getByRole('radio', { name: 'Save as new image' }))
    const name = screen.getByRole('textbox', { name: 'New image name' })
    await user.type(name, 'node')
    expect(screen.getByText(/already exists/)).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, 'nginx-git')
    await user.click(screen.getByRole('button', { name: 'Save as new image' }))
    expect(await screen.findByText(/nginx-git was created; builds started/)).toBeInTheDocument()
    expect(repoNamed('nginx-git')?.customOverlay?.contents?.packages).toEqual(['curl', 'jq', 'git'])
    expect(repoNamed('nginx')?.customOverlay?.contents?.packages).toEqual(['curl', 'jq'])
  })

  it('keeps the fields the document does not show, applying here or saving as new', async () => {
    const nginx = repoNamed('nginx')
    if (!nginx?.id) throw new Error('no nginx')
    const beyond = {
      accounts: { runAs: '65532' },
      contents: { packages: ['curl'], runtimeRepositories: ['https://apk.example.com/os'] },
    }
    db.updateRepo(nginx.id, { ...nginx, customOverlay: beyond })
    const { user, editor, setText } = await openEditor()
    expect(editor.value).not.toContain('runtimeRepositories')
    setText(`${editor.value}environment:\n  APP_MODE: "1"\n`)
    await user.click(await screen.findByRole('button', { name: 'Review changes' }))
    await user.click(screen.getByRole('radio', { name: 'Save as new image' }))
    await user.type(screen.getByRole('textbox', { name: 'New image name' }), 'nginx-copy')
    await user.click(screen.getByRole('button', { name: 'Save as new image' }))
    expect(await screen.findByText(/nginx-copy was created/)).toBeInTheDocument()
    const expected = { ...beyond, environment: { APP_MODE: '1' } }
    expect(repoNamed('nginx-copy')?.customOverlay).toEqual(expected)

    await user.click(screen.getByRole('button', { name: 'Back to the build config' }))
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const again = (await screen.findByRole('textbox', {
      name: 'Build config of nginx',
    })) as HTMLTextAreaElement
    fireEvent.change(again, { target: { value: `${again.value}environment:\n  APP_MODE: "1"\n` } })
    await user.click(await screen.findByRole('button', { name: 'Review changes' }))
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText(/nginx was customized/)).toBeInTheDocument()
    expect(repoNamed('nginx')?.customOverlay).toEqual(expected)
  })

  it('keeps an edit in progress across tabs, and discards it on request', async () => {
    const { user, editor, setText } = await openEditor()
    setText(`${editor.value}environment:\n  KEEP: "me"\n`)
    await user.click(screen.getByRole('link', { name: 'Versions' }))
    await user.click(await screen.findByRole('link', { name: 'Build config' }))
    const again = (await screen.findByRole('textbox', {
      name: 'Build config of nginx',
    })) as HTMLTextAreaElement
    expect(again.value).toContain('KEEP: "me"')
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(await screen.findByLabelText('Build config document')).not.toHaveTextContent('KEEP')
  })

  it('imports a YAML file into the editor, errors and all, and applies nothing', async () => {
    const { user } = renderRoute(`/${ORG}/images/nginx/build-config`)
    await screen.findByLabelText('Build config document')
    const file = new File(
      ['contents:\n  packages: [curl, curl]\nenvironment:\n  PORT: 3000\n'],
      'mine.yaml',
      {
        type: 'application/yaml',
      },
    )
    await user.upload(screen.getByLabelText('Import a YAML file'), file)
    const editor = (await screen.findByRole('textbox', {
      name: 'Build config of nginx',
    })) as HTMLTextAreaElement
    expect(editor.value).toContain('PORT: 3000')
    const problems = await screen.findByRole('list', { name: 'Problems' })
    expect(within(problems).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2)
    expect(problems).toHaveTextContent(/environment\.PORT/)
    expect(repoNamed('nginx')?.customOverlay?.environment ?? {}).toEqual({})
  })

  it('places a YAML syntax error once: its line and column, then why', async () => {
    const { setText } = await openEditor()
    setText('environment:\n\tPORT: "1"\n')
    const problems = await screen.findByRole('list', { name: 'Problems' })
    expect(within(problems).getByRole('listitem')).toHaveTextContent(
      /^Line 2, column 1: Tabs are not allowed as indentation$/,
    )
  })

  it('shows the review with its diff at once: the diff’s code came with the editor’s', async () => {
    const { user, editor, setText } = await openEditor()
    setText(`${editor.value}environment:\n  APP_MODE: "1"\n`)
    await user.click(await screen.findByRole('button', { name: 'Review changes' }))
    expect(screen.queryByText('Loading the diff…')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Diff')).toHaveTextContent('APP_MODE')
  })

  it('downloads the build config as <image>.yaml', async () => {
    let saved: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob
      return 'blob:yaml'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    let name = ''
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download
    })
    const { user } = renderRoute(`/${ORG}/images/nginx/build-config`)
    const document = await screen.findByLabelText('Build config document')
    await user.click(screen.getByRole('button', { name: 'Download' }))
    expect(name).toBe('nginx.yaml')
    expect(await saved?.text()).toBe(document.textContent)
  })

  it('lists the certificates with subject and expiry, and flags an expired one', async () => {
    const nginx = repoNamed('nginx')
    if (!nginx?.id) throw new Error('no nginx')
    db.updateRepo(nginx.id, {
      ...nginx,
      customOverlay: {
        ...nginx.customOverlay,
        certificates: {
          additional: [
            { name: 'internal-ca.crt', content: EXAMPLE_CA },
            { name: 'old-root.crt', content: EXPIRED_ROOT },
          ],
        },
      },
    })
    renderRoute(`/${ORG}/images/nginx/build-config`)
    const table = within(await screen.findByRole('region', { name: 'Certificates' })).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent('internal-ca.crt')
    expect(rows[0]).toHaveTextContent('CN=Example Internal CA')
    expect(rows[0]).not.toHaveTextContent('Expired')
    expect(rows[1]).toHaveTextContent(/Expired \d{4}-\d\d-\d\d/)
    const fingerprint = new X509Certificate(EXAMPLE_CA).fingerprint256
    expect(await within(rows[0] as HTMLElement).findByTitle(fingerprint)).toHaveTextContent(
      fingerprint.slice(0, 23),
    )
  })

  it('keeps the forms and the YAML in sync: add and remove variables, annotations and certificates', async () => {
    const { user, editor, setText } = await openEditor()
    setText(editor.value.replace('- jq', '- jq # for the health check'))
    const environment = screen.getByRole('region', { name: 'Environment' })
    await user.type(within(environment).getByRole('textbox', { name: 'Environment name' }), 'CHAINGUARD_MODE')
    expect(within(environment).getByText(/reserved for the image itself/)).toBeInTheDocument()
    expect(within(environment).getByRole('button', { name: 'Add variable' })).toBeDisabled()
    await user.clear(within(environment).getByRole('textbox', { name: 'Environment name' }))
    await user.type(within(environment).getByRole('textbox', { name: 'Environment name' }), 'APP_MODE')
    await user.type(within(environment).getByRole('textbox', { name: 'Environment value' }), 'production')
    await user.click(within(environment).getByRole('button', { name: 'Add variable' }))
    expect(editor.value).toContain('environment:\n  APP_MODE: production')
    // a form writes only its change: the rest of the document stays as written
    expect(editor.value).toContain('- jq # for the health check')

    const annotations = screen.getByRole('region', { name: 'Annotations' })
    await user.type(
      within(annotations).getByRole('textbox', { name: 'Annotations key' }),
      'org.opencontainers.x',
    )
    expect(within(annotations).getByText(/reserved/)).toBeInTheDocument()
    await user.clear(within(annotations).getByRole('textbox', { name: 'Annotations key' }))
    await user.type(within(annotations).getByRole('textbox', { name: 'Annotations key' }), 'com.example.team')
    await user.type(within(annotations).getByRole('textbox', { name: 'Annotations value' }), 'platform')
    await user.click(within(annotations).getByRole('button', { name: 'Add annotation' }))
    expect(editor.value).toContain('com.example.team: platform')

    const certificates = screen.getByRole('region', { name: 'Certificates' })
    await user.type(within(certificates).getByRole('textbox', { name: 'File name' }), 'internal-ca.crt')
    const pem = within(certificates).getByRole('textbox', { name: 'PEM certificate' })
    fireEvent.change(pem, {
      target: { value: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----' },
    })
    expect(pem).toHaveAccessibleDescription(/private key/i)
    expect(within(certificates).getByRole('button', { name: 'Add certificate' })).toBeDisabled()
    fireEvent.change(pem, { target: { value: EXAMPLE_CA } })
    expect(within(certificates).getByText(/CN=Example Internal CA/)).toBeInTheDocument()
    await user.click(within(certificates).getByRole('button', { name: 'Add certificate' }))
    expect(editor.value).toContain('- name: internal-ca.crt')
    expect(editor.value).toContain('-----BEGIN CERTIFICATE-----')

    // the YAML drives the forms too
    setText(editor.value.replace('APP_MODE: production', 'APP_MODE: staging'))
    expect(
      within(screen.getByRole('region', { name: 'Environment' })).getByText('staging'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove APP_MODE' }))
    expect(editor.value).not.toContain('APP_MODE')
  })

  it('imports a YAML file dropped on the tab', async () => {
    renderRoute(`/${ORG}/images/nginx/build-config`)
    await screen.findByLabelText('Build config document')
    const file = new File(['contents:\n  packages:\n    - git\n'], 'dropped.yaml', {
      type: 'application/yaml',
    })
    fireEvent.drop(screen.getByRole('region', { name: 'Build config' }), {
      dataTransfer: { files: [file], types: ['Files'] },
    })
    const editor = (await screen.findByRole('textbox', {
      name: 'Build config of nginx',
    })) as HTMLTextAreaElement
    expect(editor.value).toBe('contents:\n  packages:\n    - git\n')
  })
})
