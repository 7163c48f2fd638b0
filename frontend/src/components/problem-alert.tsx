import { ApiError } from '@/lib/api-error';

interface ProblemAlertProps {
  error: unknown;
}

function describe(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  const detail = error instanceof Error ? error.message : undefined;
  return new ApiError({ title: 'Something went wrong', status: 0, detail });
}

/** Shows any failed request readably: what went wrong, why, and which inputs to fix. */
export function ProblemAlert({ error }: ProblemAlertProps) {
  const problem = describe(error);
  return (
    <div role="alert" className="problem-alert">
      <p className="problem-alert__title">{problem.title}</p>
      {problem.detail && problem.detail !== problem.title && <p>{problem.detail}</p>}
      {problem.errors.length > 0 && (
        <ul aria-label="Field errors">
          {problem.errors.map((fieldError) => (
            <li key={`${fieldError.path}:${fieldError.message}`}>
              <code>{fieldError.path}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
