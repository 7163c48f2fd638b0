import { Button, Group, Text } from '@mantine/core';

interface PaginationProps {
  /** Zero-based, as Spring Data counts pages. */
  page: number;
  totalPages: number;
  onChange: (page: number) => void;
  label: string;
}

export function Pagination({ page, totalPages, onChange, label }: PaginationProps) {
  const lastPage = Math.max(totalPages, 1);
  return (
    <Group component="nav" aria-label={label} gap="sm" mt="md">
      <Button variant="default" size="xs" onClick={() => onChange(page - 1)} disabled={page <= 0}>
        Previous
      </Button>
      <Text size="sm">
        Page {page + 1} of {lastPage}
      </Text>
      <Button variant="default" size="xs" onClick={() => onChange(page + 1)} disabled={page + 1 >= lastPage}>
        Next
      </Button>
    </Group>
  );
}
