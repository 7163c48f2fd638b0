import { z } from 'zod';

const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** One violated constraint of a request, as the server reports it in problem details. */
export type FieldError = z.infer<typeof fieldErrorSchema>;

/**
 * RFC 9457 problem details as the server writes them. Each member is read on its own: one of an
 * unexpected type is dropped rather than losing the rest of the problem.
 */
const problemSchema = z.object({
  type: z.string().optional().catch(undefined),
  title: z.string().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
  instance: z.string().optional().catch(undefined),
  errors: z
    .array(z.unknown())
    .transform((errors) => errors.flatMap((error) => fieldErrorSchema.safeParse(error).data ?? []))
    .optional()
    .catch(undefined),
});

type ProblemDetails = z.infer<typeof problemSchema> & { status?: number };

const PROBLEM_JSON = 'application/problem+json';

async function readProblem(response: Response): Promise<ProblemDetails> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes(PROBLEM_JSON) && !contentType.includes('application/json')) {
    return {};
  }
  try {
    return problemSchema.safeParse(await response.json()).data ?? {};
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
