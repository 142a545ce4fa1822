// Runs the extension's own import worker (entrypoints/import/import.worker.ts) in a Node
// worker thread: the Web Worker globals it uses (onmessage, postMessage) are bridged to
// parentPort, so the benchmark times the very code the page runs off its thread.
import { parentPort } from 'node:worker_threads';

const port = parentPort!;
const scope = globalThis as unknown as { postMessage: (m: unknown) => void; onmessage: ((e: { data: unknown }) => void) | null };
scope.postMessage = (m) => port.postMessage(m);
scope.onmessage = null;
await import('../../entrypoints/import/import.worker.ts');
port.on('message', (data) => scope.onmessage?.({ data }));
// The page's worker is bundled JavaScript; here tsx compiles the module graph on import. Say when
// that is done, so the benchmark times the import and not the compiler.
port.postMessage('ready');
