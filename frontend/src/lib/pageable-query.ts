type QueryValue = string | number | boolean | undefined;
type QueryParams = Record<string, QueryValue | QueryValue[] | Record<string, QueryValue | QueryValue[]>>;

/**
 * An openapi-fetch `querySerializer` for Spring's Pageable. The document describes it as one
 * object parameter (`pageable: { page, size, sort: [...] }`), but Spring reads plain `page`,
 * `size` and repeated `sort` parameters; openapi-fetch's own serializer refuses the array nested
 * in an object. Other parameters pass as they are.
 */
export function pageableQuery(query: QueryParams): string {
  const params = new URLSearchParams();
  const add = (name: string, value: QueryValue | QueryValue[]) => {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined) {
        params.append(name, String(one));
      }
    }
  };
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'object' && !Array.isArray(value)) {
      Object.entries(value).forEach(([inner, innerValue]) => add(inner, innerValue));
    } else {
      add(name, value);
    }
  }
  return params.toString();
}
