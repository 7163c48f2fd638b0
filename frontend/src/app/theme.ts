import { createTheme } from '@mantine/core';

/** One theme for every page: the brand colour, a calm radius and system fonts. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, padding: 'lg', radius: 'md' } },
    Table: { defaultProps: { striped: false, highlightOnHover: true, verticalSpacing: 'xs' } },
  },
});
