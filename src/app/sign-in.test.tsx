import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../mocks/db'
import { renderRoute } from '../test/render'

const ORG = db.ORG_NAMES.default

describe('real mode sign-in', () => {
  beforeEach(() => vi.stubEnv('VITE_API_URL', 'https://registry-api.example.test'))
  afterEach(() => {
    vi.unstubAllEnvs()
    sessionStorage.clear()
    localStorage.clear()
  })

  it('asks for a token first, keeps it in sessionStorage only, and sends it as a bearer token', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const { user, router } = renderRoute(`/${ORG}/images/node`)
    expect(screen.getByRole('heading', { name: 'Sign in to Assembly Console' })).toBeInTheDocument()
    expect(fetchSpy).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(screen.getByText('Paste a token to sign in.')).toBeInTheDocument()

    await user.type(screen.getByLabelText('API token'), 'Bearer eyJhbGciOi.test.token')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'node' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/${ORG}/images/node`)

    expect(sessionStorage.getItem('assembly-console.token')).toBe('eyJhbGciOi.test.token')
    // nowhere else: not in localStorage, cookies, the page's URL or any request's URL
    expect(JSON.stringify({ ...localStorage })).not.toContain('eyJhbGciOi')
    expect(document.cookie).not.toContain('eyJhbGciOi')
    expect(
      router.state.location.pathname + router.state.location.search + router.state.location.hash,
    ).not.toContain('eyJhbGciOi')
    expect(window.location.href).not.toContain('eyJhbGciOi')
    expect(fetchSpy.mock.calls.length).toBeGreaterThan(0)
    for (const [input] of fetchSpy.mock.calls)
      expect(input instanceof Request ? input.url : String(input)).not.toContain('eyJhbGciOi')
    const init = fetchSpy.mock.calls[0]?.[1]
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer eyJhbGciOi.test.token')
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('brings sign-in back on a 401 without losing the page, then carries on', async () => {
    sessionStorage.setItem('assembly-console.token', 'old-token')
    const { user, router } = renderRoute(`/${ORG}/images?q=py`)
    expect(await screen.findByRole('link', { name: 'python' })).toBeInTheDocument()

    db.injectFault({ path: '/registry/v1/tags', answer: 401, message: 'token expired', times: 1 })
    await user.click(screen.getByRole('link', { name: 'python' }))
    expect(await screen.findByText(/Your session has expired/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/${ORG}/images/python`)

    await user.type(screen.getByLabelText('API token'), 'new-token')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'python' })).toBeInTheDocument()
    expect(await screen.findByText('latest-dev')).toBeInTheDocument()
    expect(sessionStorage.getItem('assembly-console.token')).toBe('new-token')
  })
})

describe('a 401 in demo mode', () => {
  afterEach(() => sessionStorage.clear())

  it('shows sign-in over the page, which stays mounted with what was typed, then reloads what failed', async () => {
    const { user, queryClient } = renderRoute(`/${ORG}/images`)
    expect(await screen.findByRole('link', { name: 'python' })).toBeInTheDocument()
    const search = screen.getByRole('searchbox', { name: 'Search images' })
    await user.type(search, 'pyth')

    db.injectFault({ path: '/registry/v1/repos', answer: 401, message: '', times: 1 })
    await queryClient.invalidateQueries()
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Assembly Console' })
    expect(dialog).toHaveTextContent('Your session has expired or the token was refused.')
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(dialog).toBeInTheDocument()
    // the page underneath is the same element, with the typed search
    expect(search).toBeInTheDocument()
    expect(search).toHaveValue('pyth')

    await user.type(within(dialog).getByLabelText('API token'), 'demo-token')
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'python' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search images' })).toBe(search)
    expect(search).toHaveValue('pyth')
  })
})
