import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { theme } from '@/app/theme';

/** Renders a component that needs no API inside the app's theme, as every Mantine component must be. */
export function renderInTheme(ui: ReactElement) {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}
