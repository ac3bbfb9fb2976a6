import { parentPort, workerData } from 'node:worker_threads';
import { createCore, type CoreOptions } from './index';
import type { WorkerReply, WorkerRequest } from './host';

/** Worker entry: the core and its database live on this thread, away from the UI's event loop. */
const port = parentPort;
if (!port) throw new Error('core/worker.ts must run in a worker thread');
const core = createCore(workerData as CoreOptions);

port.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'close') {
    void core.close().then(() => port.postMessage({ seq: msg.seq, response: { ok: true, value: null } } satisfies WorkerReply));
    return;
  }
  void core.handle(msg.request).then((response) => port.postMessage({ seq: msg.seq, response } satisfies WorkerReply));
});
