/// <reference lib="webworker" />

/**
 * Nothing leaves the device: @mediapipe/tasks-vision 1.1.0 posts usage logs to a Google host every 60 s from
 * inside its worker, with no option to turn it off. The page's CSP does not reach into workers, so each model
 * worker refuses any fetch that is not to our own origin (or a blob:/data: URL). The library treats the refusal
 * as a failed upload and stops its logging timer.
 */
export function restrictFetchToOwnOrigin(scope: WorkerGlobalScope): void {
  const original = scope.fetch.bind(scope);
  const origin = scope.location.origin;
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, scope.location.href);
    if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      return Promise.reject(new TypeError(`blocked: ${url.origin} is not this app's origin`));
    }
    return original(input, init);
  };
}
