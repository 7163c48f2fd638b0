interface DataTableProps {
  /** The table's accessible name. */
  caption: string;
  columns: string[];
  rows: unknown[][];
}

function asText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  // Numbers, booleans and nested JSON read as they would in the JSON the API sent.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Rows of any dataset (seed preview, synthetic preview) as a plain scrollable table. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            // Preview rows have no identity of their own; they never reorder.
            <tr key={rowIndex}>
              {columns.map((column, columnIndex) => (
                <td key={column}>{asText(row[columnIndex])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
