import type { FromWorker, ToWorker } from '../../lib/imports/worker-protocol';

/** One import worker: messages in, typed messages out; `stop` ends it at once (cancel). */
export function startImportWorker(onMessage: (message: FromWorker) => void) {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  return {
    send: (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer),
    stop: () => worker.terminate(),
  };
}
export type ImportWorker = ReturnType<typeof startImportWorker>;
