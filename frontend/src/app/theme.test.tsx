import { Badge, DEFAULT_THEME } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderInTheme } from '@/testing/render-in-theme';

const DARK_TEXT = DEFAULT_THEME.colors.dark[7];

describe('theme', () => {
  it.each(['light', 'outline'])('writes %s badges in dark text whatever their tint', (variant) => {
    renderInTheme(
      <Badge variant={variant} color="orange">
        50 % synthetic
      </Badge>,
    );

    const badge = screen.getByText('50 % synthetic').closest('.mantine-Badge-root') as HTMLElement;
    expect(badge.style.getPropertyValue('--badge-color')).toBe(DARK_TEXT);
  });

  it('leaves a filled badge its own contrasting text', () => {
    renderInTheme(<Badge color="orange">filled</Badge>);

    const badge = screen.getByText('filled').closest('.mantine-Badge-root') as HTMLElement;
    expect(badge.style.getPropertyValue('--badge-color')).not.toBe(DARK_TEXT);
  });
});
