import { Component, type ReactNode } from 'react'

/**
 * Shows `fallback` instead of its children once they fail to render, e.g. when a lazily loaded
 * chunk cannot be fetched. The rest of the page carries on.
 */
export class FallbackBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
