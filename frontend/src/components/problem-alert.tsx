import { Alert, List, Text } from '@mantine/core';

import { ApiError } from '@/lib/api-error';
import { formatDuration } from '@/lib/format';

import { QuotaFacts } from './quota-facts';

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

/**
 * Shows any failed request readably: what went wrong, why, which inputs to fix, which limit it ran
 * into, and when to try again.
 */
export function ProblemAlert({ error }: ProblemAlertProps) {
  const problem = describe(error);
  return (
    <Alert role="alert" color="red" variant="light" title={problem.title} className="problem-alert">
      {problem.detail && problem.detail !== problem.title && <Text size="sm">{problem.detail}</Text>}
      {problem.errors.length > 0 && (
        <List size="sm" mt="xs" aria-label="Field errors">
          {problem.errors.map((fieldError) => (
            <List.Item key={`${fieldError.path}:${fieldError.message}`}>
              <code>{fieldError.path}</code>: {fieldError.message}
            </List.Item>
          ))}
        </List>
      )}
      {problem.quota && <QuotaFacts quota={problem.quota} />}
      {/* a quota's Retry-After says when it resets, which its facts already show */}
      {problem.retryAfterSeconds !== undefined && !problem.quota && (
        <Text size="sm" mt="xs">
          Try again in {formatDuration(problem.retryAfterSeconds)}.
        </Text>
      )}
    </Alert>
  );
}
