import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { QueryLoadError, QueryRefreshError } from './query-errors'
import { combineQueries, type QueryStatus } from './query-status'

function query(overrides: Partial<QueryStatus> = {}): QueryStatus {
  return {
    error: null,
    isLoadingError: false,
    isRefetchError: false,
    isFetching: false,
    refetch: vi.fn(),
    ...overrides,
  }
}

describe('QueryLoadError and QueryRefreshError', () => {
  it('say nothing while the query has not failed', () => {
    const { container } = render(
      <>
        <QueryLoadError query={query()} title="Could not load the builds" />
        <QueryRefreshError query={query()} lead="Could not refresh the builds." />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('show a failed first load in the data’s place, and try again', async () => {
    const failed = query({ isLoadingError: true, error: new Error('503 Service Unavailable') })
    render(<QueryLoadError query={failed} title="Could not load the builds" />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveClass('state', 'error')
    expect(alert).toHaveTextContent('Could not load the builds503 Service Unavailable')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(failed.refetch).toHaveBeenCalledTimes(1)
  })

  it('show a failed refresh as a notice, and say when the retry is on its way', () => {
    const failed = query({ isRefetchError: true, isFetching: true, error: new Error('timeout') })
    render(<QueryRefreshError query={failed} lead="Could not refresh the builds." />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveClass('notice', 'error')
    expect(alert).toHaveTextContent('Could not refresh the builds. timeout')
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled()
  })
})

describe('combineQueries', () => {
  it('reports a failed first load before a failed refresh, and retries each that failed', () => {
    const refreshFailed = query({ isRefetchError: true, error: new Error('refresh') })
    const loadFailed = query({ isLoadingError: true, error: new Error('load') })
    const fine = query({ isFetching: true })
    const both = combineQueries(refreshFailed, loadFailed, fine)
    // the one still on its first read is no retry: "Try again" stays offered
    expect(both).toMatchObject({ isLoadingError: true, isRefetchError: false, isFetching: false })
    expect(both.error).toEqual(new Error('load'))
    both.refetch()
    expect(refreshFailed.refetch).toHaveBeenCalledTimes(1)
    expect(loadFailed.refetch).toHaveBeenCalledTimes(1)
    expect(fine.refetch).not.toHaveBeenCalled()
  })

  it('is fetching while one that failed is read again', () => {
    const retried = query({ isLoadingError: true, isFetching: true, error: new Error('load') })
    expect(combineQueries(query(), retried)).toMatchObject({ isLoadingError: true, isFetching: true })
  })

  it('reports the first failed refresh when every first load worked', () => {
    const both = combineQueries(query(), query({ isRefetchError: true, error: new Error('second') }))
    expect(both).toMatchObject({ isLoadingError: false, isRefetchError: true, isFetching: false })
    expect(both.error).toEqual(new Error('second'))
  })
})
