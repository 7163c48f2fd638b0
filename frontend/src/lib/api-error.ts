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
  // the members of a quota-exceeded problem
  limit: z.string().optional().catch(undefined),
  value: z.number().optional().catch(undefined),
  usage: z.number().optional().catch(undefined),
  requested: z.number().optional().catch(undefined),
  resetsAt: z.string().nullable().optional().catch(undefined),
});

type ProblemDetails = z.infer<typeof problemSchema> & { status?: number; retryAfterSeconds?: number };

/** The stable type of the problem a request over one of the tenant's limits gets (429). */
export const QUOTA_EXCEEDED = 'urn:synthesis:problem:quota-exceeded';

/** Which limit a request would have exceeded, as a quota-exceeded problem names it. */
export interface QuotaProblem {
  /** The limit's name, e.g. `rowsPerDay`. */
  limit: string;
  /** The limit's value. */
  value?: number;
  /** What was used before this request. */
  usage?: number;
  /** What this request asked for. */
  requested?: number;
  /** When the usage counts from zero again; null for a limit that never resets. */
  resetsAt?: string | null;
}

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

/** Retry-After in seconds, sent either as seconds or as an HTTP date (RFC 9110). */
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('Retry-After')?.trim();
  if (!header) {
    return undefined;
  }
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

function quotaOf(problem: ProblemDetails): QuotaProblem | undefined {
  if (problem.type !== QUOTA_EXCEEDED || problem.limit === undefined) {
    return undefined;
  }
  const { limit, value, usage, requested, resetsAt } = problem;
  return { limit, value, usage, requested, resetsAt };
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
  /** The limit a quota-exceeded problem names. */
  readonly quota?: QuotaProblem;
  /** How long the server asks to wait before trying again (a rate limit, a busy server). */
  readonly retryAfterSeconds?: number;

  constructor(problem: ProblemDetails & { status: number; title: string }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    this.quota = quotaOf(problem);
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const problem = await readProblem(response);
    const title = problem.title ?? (response.statusText || `Request failed with status ${response.status}`);
    return new ApiError({ ...problem, title, status: response.status, retryAfterSeconds: retryAfterOf(response) });
  }

  static fromNetworkFailure(cause: unknown): ApiError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ApiError({ title: 'The server could not be reached', status: 0, detail });
  }
}
