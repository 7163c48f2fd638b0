import { ApiError } from './api-error';

/** The JSON body of a successful answer, or undefined when it has none. */
export async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError({ title: 'The server sent an unreadable answer', status: response.status, detail });
  }
}
