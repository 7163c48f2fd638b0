/**
 * Stands in for XMLHttpRequest in upload tests: records what is sent and lets the test play the
 * network's part (progress, end of upload, the server's answer).
 */
export class FakeUploadRequest {
  method = '';
  url = '';
  readonly headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  statusText = '';
  responseText = '';
  private contentType: string | null = null;
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null; onload: (() => void) | null } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: FormData) {
    this.body = body;
  }

  getResponseHeader(name: string): string | null {
    return name.toLowerCase() === 'content-type' ? this.contentType : null;
  }

  sent(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }

  allSent() {
    this.upload.onload?.();
  }

  answer(status: number, body: unknown, contentType = 'application/json') {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.contentType = contentType;
    this.onload?.();
  }

  fail() {
    this.onerror?.();
  }

  asXhr(): XMLHttpRequest {
    return this as unknown as XMLHttpRequest;
  }
}
