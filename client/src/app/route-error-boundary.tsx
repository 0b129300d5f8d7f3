import { Component, type ReactNode } from 'react';
import { RouteErrorPage } from './route-error-page.tsx';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * Shows RouteErrorPage when a page throws while rendering or its code fails to load. The
 * layout keys it by path, so moving to another page starts without the error.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
