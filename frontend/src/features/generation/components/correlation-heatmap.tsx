import { Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';

import { divergingColor, textColorOn, type Matrix } from '../lib/report-data';

/** Beyond this many columns a cell is too small for its number; its title and the screen reader still give it. */
const MAX_COLUMNS_WITH_NUMBERS = 8;

const valueFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function formatCorrelation(value: number | null): string {
  return value === null ? 'undefined' : valueFormat.format(value);
}

interface CorrelationHeatmapProps {
  /** The table's accessible name, e.g. "Real correlations". */
  title: string;
  columns: string[];
  matrix: Matrix;
}

const HEADER_STYLE = {
  writingMode: 'vertical-rl',
  transform: 'rotate(180deg)',
  maxHeight: '7rem',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

/**
 * A correlation matrix as a grid of coloured cells (blue −1, white 0, red +1): a table, so a screen
 * reader reads it by row and column; each cell names its pair and value in its title. A blank cell
 * is an undefined correlation (a constant column).
 */
export function CorrelationHeatmap({ title, columns, matrix }: CorrelationHeatmapProps) {
  const showNumbers = columns.length <= MAX_COLUMNS_WITH_NUMBERS;
  return (
    <Stack gap="xs" miw={0}>
      <Text fw={600} size="sm" component="h3" m={0}>
        {title}
      </Text>
      <Box style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 'var(--mantine-font-size-xs)' }}>
          <caption>
            <VisuallyHidden>{title}</VisuallyHidden>
          </caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column} scope="col" title={column} style={{ verticalAlign: 'bottom', fontWeight: 500 }}>
                  <span style={HEADER_STYLE}>{column}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((rowColumn, r) => (
              <tr key={rowColumn}>
                <th
                  scope="row"
                  title={rowColumn}
                  style={{
                    textAlign: 'right',
                    fontWeight: 500,
                    paddingRight: 6,
                    maxWidth: '8rem',
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {rowColumn}
                </th>
                {columns.map((column, c) => {
                  const value = matrix[r]?.[c] ?? null;
                  const text = formatCorrelation(value);
                  return (
                    <td
                      key={column}
                      title={`${rowColumn} × ${column}: ${text}`}
                      data-value={value ?? ''}
                      style={{
                        width: showNumbers ? '2.75rem' : '1.5rem',
                        height: showNumbers ? '2rem' : '1.5rem',
                        textAlign: 'center',
                        border: '1px solid var(--mantine-color-gray-2)',
                        background: value === null ? 'transparent' : divergingColor(value),
                        color: value === null ? undefined : textColorOn(value),
                      }}
                    >
                      {value === null ? (
                        <VisuallyHidden>undefined</VisuallyHidden>
                      ) : showNumbers ? (
                        text
                      ) : (
                        <VisuallyHidden>{text}</VisuallyHidden>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </Stack>
  );
}

/** The colour scale the heat maps share. */
export function CorrelationLegend() {
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      role="img"
      aria-label="Colour scale: blue −1, white 0, red +1; blank cells are undefined"
    >
      <Text size="xs">−1</Text>
      <Box
        w={160}
        h={12}
        style={{
          background: `linear-gradient(to right, ${divergingColor(-1)}, ${divergingColor(0)}, ${divergingColor(1)})`,
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 2,
        }}
      />
      <Text size="xs">+1</Text>
      <Text size="xs" c="dimmed">
        Blank: undefined (a constant column)
      </Text>
    </Group>
  );
}
