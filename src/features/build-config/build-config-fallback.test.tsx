import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { renderRoute } from '../../test/render'

// The editor's chunk cannot be fetched (offline, blocked): importing it fails.
vi.mock('./yaml-editor', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('Build config tab without Monaco', () => {
  it('edits as plain text, reviews a plain diff and applies', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught failure
    const { user } = renderRoute(`/${db.ORG_NAMES.default}/images/nginx/build-config`)
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    expect(await screen.findByText(/The editor could not load/)).toBeInTheDocument()
    const editor = screen.getByRole('textbox', { name: 'Build config of nginx' }) as HTMLTextAreaElement
    fireEvent.change(editor, { target: { value: editor.value.replace('- jq', '- git') } })
    await user.click(screen.getByRole('button', { name: 'Review changes' }))

    const changes = await screen.findByLabelText('Changes')
    expect(changes.textContent).toBe('  contents:\n    packages:\n      - curl\n-     - jq\n+     - git\n')
    expect(within(changes).getByText('- jq', { exact: false })).toHaveClass('removed')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText(/nginx was customized; builds started/)).toBeInTheDocument()
  })
})
