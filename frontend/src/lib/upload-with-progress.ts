import { ApiError } from './api-error';
import { readJsonBody } from './response-body';

/** Bytes on their way, then the server reading the file (it answers only once it has checked it). */
export type UploadProgress = { stage: 'sending'; loaded: number; total: number } | { stage: 'checking' };

export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  /** The multipart part the file travels in. */
  partName: string;
  file: File;
  onProgress: (progress: UploadProgress) => void;
  createRequest: () => XMLHttpRequest;
}

/**
 * Posts a file as multipart form data. XMLHttpRequest, not fetch: fetch reports no upload
 * progress. Failures become {@link ApiError}s exactly as they do for the JSON client.
 */
export function uploadWithProgress(request: UploadRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = request.createRequest();
    xhr.open('POST', request.url);
    for (const [name, value] of Object.entries(request.headers)) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        request.onProgress({ stage: 'sending', loaded: event.loaded, total: event.total });
      }
    };
    // Small bodies may report no progress event at all; "load" still says every byte is sent.
    xhr.upload.onload = () => request.onProgress({ stage: 'checking' });
    xhr.onload = () => void toResult(xhr).then(resolve, reject);
    xhr.onerror = () => reject(ApiError.fromNetworkFailure(new Error('the upload was interrupted')));
    const form = new FormData();
    form.append(request.partName, request.file);
    xhr.send(form);
  });
}

async function toResult(xhr: XMLHttpRequest): Promise<unknown> {
  const headers = new Headers();
  const contentType = xhr.getResponseHeader('Content-Type');
  if (contentType !== null) {
    headers.set('Content-Type', contentType);
  }
  const body = xhr.responseText === '' ? null : xhr.responseText;
  const response = new Response(body, { status: xhr.status, statusText: xhr.statusText, headers });
  if (!response.ok) {
    throw await ApiError.fromResponse(response);
  }
  return readJsonBody(response);
}
