/** One violated constraint of a request, as the server reports it in problem details. */
export interface FieldError {
  path: string;
  message: string;
}

interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

const PROBLEM_JSON = 'application/problem+json';

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

function fieldErrorsOf(value: unknown): FieldError[] {
  return Array.isArray(value) ? value.filter(isFieldError) : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes(PROBLEM_JSON) && !contentType.includes('application/json')) {
    return {};
  }
  try {
    const body = (await response.json()) as Record<string, unknown>;
    return {
      type: optionalString(body.type),
      title: optionalString(body.title),
      detail: optionalString(body.detail),
      instance: optionalString(body.instance),
      errors: fieldErrorsOf(body.errors),
    };
  } catch {
    // A body that is not JSON still leaves the status line to report.
    return {};
  }
}

/**
 * The single error type of every API call: an RFC 9457 problem, or a problem made up from the
 * status line (or from a network failure, status 0) when the server sent none.
 */
export class ApiError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: FieldError[];

  constructor(problem: ProblemDetails & { status: number; title: string }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const problem = await readProblem(response);
    const title = problem.title ?? (response.statusText || `Request failed with status ${response.status}`);
    return new ApiError({ ...problem, title, status: response.status });
  }

  static fromNetworkFailure(cause: unknown): ApiError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ApiError({ title: 'The server could not be reached', status: 0, detail });
  }
}
