/**
 * An error while rendering one slide shows an error box on that slide only;
 * the view and the other slides carry on.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface SlideErrorBoundaryProps {
  /** The slide's Marp id (1-based), for the message and the fallback's `id`. */
  slideId: string
  /** When this changes (another slide, an edited deck), try rendering again. */
  resetKey: unknown
  children?: ReactNode
}

interface State {
  error: Error | null
  resetKey: unknown
}

/** Catches render errors of one slide. */
export class SlideErrorBoundary extends Component<SlideErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: SlideErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Unexpected error rendering slide ${this.props.slideId}`, error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <section id={this.props.slideId} data-lectern-render-error="" role="alert">
        <strong>Slide {this.props.slideId} could not be shown.</strong>
        <code>{error.message}</code>
      </section>
    )
  }
}
