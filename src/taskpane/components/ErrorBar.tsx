/** A failure in plain Chinese: what happened, what to do, and (small) the Office error code. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FriendlyError } from '../friendlyError.js';

export function ErrorBar({ error }: { error: FriendlyError | null }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.advice}
        {error.code ? `（代码：${error.code}）` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
