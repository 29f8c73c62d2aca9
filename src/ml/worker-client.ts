import type { z } from 'zod';

/**
 * Request/response plumbing over a worker: every reply is parsed with the protocol's schema before use,
 * and a pending request is rejected when its AbortSignal fires or the worker fails.
 */
export class WorkerClient<Res extends { type: string }> {
  private readonly listeners = new Set<(message: Res) => void>();
  private nextId = 1;

  constructor(
    private readonly worker: Worker,
    schema: z.ZodType<Res>,
    name: string,
  ) {
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = schema.safeParse(event.data);
      if (!parsed.success) {
        console.error(`${name} worker sent a malformed message`, parsed.error.issues);
        return;
      }
      for (const listener of [...this.listeners]) listener(parsed.data);
    };
    worker.onerror = (event) => this.fail(`${name} worker failed: ${event.message}`);
  }

  /** Tells every waiting request that the worker failed (its own error event, or a worker we stopped). */
  fail(reason: string): void {
    const message = { type: 'error', id: null, message: reason } as unknown as Res;
    for (const listener of [...this.listeners]) listener(message);
  }

  /**
   * One request: the message `build` makes for a fresh request id is posted, and the promise settles with the
   * first reply `pick` accepts for that id (`pick` sees every parsed message with the id, and throws to reject).
   * The client owns the ids, so no two requests on one worker share one.
   */
  request<T>(
    build: (id: number) => { message: unknown; transfer?: Transferable[] },
    pick: (message: Res, id: number) => T | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const id = this.nextId++;
    const reply = this.waitFor((message) => pick(message, id), signal);
    const { message, transfer = [] } = build(id);
    this.post(message, transfer);
    return reply;
  }

  post(message: unknown, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** Resolves with the first message `pick` accepts; rejects on abort. */
  waitFor<T>(pick: (message: Res) => T | undefined, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        this.listeners.delete(listener);
        reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      };
      const listener = (message: Res): void => {
        let value: T | undefined;
        try {
          value = pick(message);
        } catch (error) {
          this.listeners.delete(listener);
          signal?.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (value === undefined) return;
        this.listeners.delete(listener);
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.listeners.add(listener);
    });
  }

  on(listener: (message: Res) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
