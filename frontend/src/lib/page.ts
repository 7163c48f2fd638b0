/** Spring Data's stable page representation (PagedModel), as every list endpoint answers. */
export interface Page<T> {
  content: T[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
}
