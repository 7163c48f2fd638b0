/**
 * The client's `querySerializer`, for Spring's Pageable. The document describes it as one object
 * parameter (`pageable: { page, size, sort: [...] }`), but Spring reads plain `page`, `size` and
 * repeated `sort` parameters; openapi-fetch's own serializer refuses the array nested in an
 * object. Other parameters pass as they are; undefined ones are left out.
 */
export function pageableQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const add = (name: string, value: unknown) => {
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof one === 'string' || typeof one === 'number' || typeof one === 'boolean') {
        params.append(name, String(one));
      }
    }
  };
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      Object.entries(value).forEach(([inner, innerValue]) => add(inner, innerValue));
    } else {
      add(name, value);
    }
  }
  return params.toString();
}
