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
    <nav aria-label={label} className="pagination">
      <button type="button" onClick={() => onChange(page - 1)} disabled={page <= 0}>
        Previous
      </button>
      <span>
        Page {page + 1} of {lastPage}
      </span>
      <button type="button" onClick={() => onChange(page + 1)} disabled={page + 1 >= lastPage}>
        Next
      </button>
    </nav>
  );
}
