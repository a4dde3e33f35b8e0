import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { setSingleKeyShortcuts, useSingleKeyShortcuts } from './shortcuts'

const KEY = 'assembly-console.single-key-shortcuts'

afterEach(() => {
  setSingleKeyShortcuts(true)
  localStorage.clear()
})

function Setting() {
  return <p>{useSingleKeyShortcuts() ? 'on' : 'off'}</p>
}

it('follows the setting when another tab turns single-key shortcuts off and on again', () => {
  render(<Setting />)
  expect(screen.getByText('on')).toBeInTheDocument()
  // another tab writes the setting: this one hears of it by a storage event
  act(() => {
    localStorage.setItem(KEY, 'off')
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'off' }))
  })
  expect(screen.getByText('off')).toBeInTheDocument()
  act(() => {
    localStorage.removeItem(KEY)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }))
  })
  expect(screen.getByText('on')).toBeInTheDocument()
})

it('turned off here, stays off for what reads it next, and is remembered', () => {
  setSingleKeyShortcuts(false)
  render(<Setting />)
  expect(screen.getByText('off')).toBeInTheDocument()
  expect(localStorage.getItem(KEY)).toBe('off')
})
