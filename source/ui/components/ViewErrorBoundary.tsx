// Keeps a view that throws while rendering from taking the app down: the error goes to the banner (and the message
// log), the view's place says so, and Esc, the stack and every other view keep working.
import { Text } from './Text.js';
import { Component, type ReactNode } from 'react';
import { describeError } from '../../client/errors.js';

interface Props {
	/** Names the view in the banner (`runs of summarize`). */
	label: string;
	onError: (error: unknown, context: string) => void;
	children: ReactNode;
}

interface State {
	failed: boolean;
	message: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
	override state: State = { failed: false, message: '' };

	static getDerivedStateFromError(error: unknown): State {
		return { failed: true, message: describeError(error) };
	}

	override componentDidCatch(error: unknown): void {
		this.props.onError(error, `${this.props.label} failed to draw`);
	}

	override render(): ReactNode {
		if (!this.state.failed) return this.props.children;
		return (
			<Text color="red" wrap="truncate">
				This view failed to draw; Esc goes back.
			</Text>
		);
	}
}
