import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'

/** "Customize N images" on Organization Images, once its code is in (until then a busy button of that name). */
export async function customizeImagesButton(name: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('button', { name })).not.toHaveAttribute('aria-busy'))
  return screen.getByRole('button', { name })
}
