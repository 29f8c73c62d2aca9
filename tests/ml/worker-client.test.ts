import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkerClient } from '../../src/ml/worker-client';

const replySchema = z.object({ type: z.literal('result'), id: z.number(), value: z.number() });
type Reply = z.infer<typeof replySchema>;

/** A worker that answers each request with twice its value, under the request's id, after the others. */
function doublingWorker(): { worker: Worker; sent: unknown[] } {
  const sent: unknown[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
    onerror: null,
    postMessage(message: { id: number; value: number }) {
      sent.push(message);
      queueMicrotask(() => worker.onmessage?.({ data: { type: 'result', id: message.id, value: message.value * 2 } } as MessageEvent<unknown>));
    },
  };
  return { worker: worker as unknown as Worker, sent };
}

describe('WorkerClient.request', () => {
  it('gives each request its own id and resolves each with its own reply', async () => {
    const { worker, sent } = doublingWorker();
    const client = new WorkerClient<Reply>(worker, replySchema, 'test');
    const ask = (value: number) =>
      client.request(
        (id) => ({ message: { id, value } }),
        (m, id) => (m.id === id ? m.value : undefined),
      );
    expect(await Promise.all([ask(1), ask(5), ask(7)])).toEqual([2, 10, 14]);
    expect(new Set(sent.map((m) => (m as { id: number }).id)).size).toBe(3);
  });

  it('rejects when the signal aborts', async () => {
    const { worker } = doublingWorker();
    const client = new WorkerClient<Reply>(worker, replySchema, 'test');
    const controller = new AbortController();
    controller.abort();
    await expect(client.request((id) => ({ message: { id, value: 1 } }), (m) => m.value, controller.signal)).rejects.toThrow();
  });
});
