import { fork } from 'node:child_process';

/**
 * Runs `worker` (a bench/measure-*.ts file) on pages `from`..`to` in its own Node process and resolves with the rows
 * it sends back. Own processes, because jsdom keeps every document it has queried alive until its process ends.
 */
export function runBatch<Row>(worker: string, from: number, to: number): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [String(from), String(to)], { execArgv: ['--import', 'tsx'] });
    child.once('message', (rows) => resolve(rows as Row[]));
    child.once('exit', (code) => code !== 0 && reject(new Error(`${worker} on pages ${from}-${to} exited with ${code}`)));
  });
}
