/** The task pane: Fluent's light theme around the pane of the current mode. */
import { FluentProvider, Subtitle2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { PaneMode, UseCases } from '../services.js';
import { ExcelPane } from './ExcelPane.js';
import { StandalonePane } from './StandalonePane.js';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
  },
  title: { display: 'block', marginBottom: tokens.spacingVerticalS, color: tokens.colorBrandForeground1 },
});

export interface AppProps {
  mode: PaneMode;
  useCases: UseCases;
}

export function App({ mode, useCases }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <main>
        <Subtitle2 as="h1" className={styles.title}>
          研修考核助手
        </Subtitle2>
        {mode.kind === 'excel' ? <ExcelPane host={mode.host} useCases={useCases} /> : <StandalonePane mode={mode} useCases={useCases} />}
      </main>
    </FluentProvider>
  );
}
