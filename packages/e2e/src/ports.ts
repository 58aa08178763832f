import { execFileSync } from 'node:child_process';
import net from 'node:net';

/**
 * Base ports are drawn from 20000-32000, below Linux's ephemeral range (32768+), so that the fake
 * servers (port 0) and outgoing connections never take them meanwhile.
 */
const LOW = 20000;
const HIGH = 32000;

/** Whether 127.0.0.1:port can be bound right now. */
export function isPortFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
	});
}

/** Whether `base`, `base+1` … `base+count-1` are all free. */
export async function arePortsFree(base: number, count = 3): Promise<boolean> {
	for (let i = 0; i < count; i++) if (!(await isPortFree(base + i))) return false;
	return true;
}

/** A base port with `count` consecutive free ports (n8n: HTTP, task broker of `start`, task broker of CLI commands). */
export async function findFreePortRange(count = 3): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const base = LOW + Math.floor(Math.random() * (HIGH - LOW - count));
		if (await arePortsFree(base, count)) return base;
	}
	throw new Error(`no ${count} consecutive free ports found between ${LOW} and ${HIGH}`);
}

/** Synchronous variant (runs the check in a short-lived node process). */
export function findFreePortRangeSync(count = 3): number {
	const script = `
const net = require('net');
const free = (port) => new Promise((resolve) => { const s = net.createServer(); s.once('error', () => resolve(false)); s.listen({ port, host: '127.0.0.1', exclusive: true }, () => s.close(() => resolve(true))); });
(async () => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const base = ${LOW} + Math.floor(Math.random() * ${HIGH - LOW - count});
    let ok = true;
    for (let i = 0; i < ${count} && ok; i++) ok = await free(base + i);
    if (ok) { process.stdout.write(String(base)); return; }
  }
  process.exit(1);
})();`;
	const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
	const port = Number(out.trim());
	if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find free ports (got "${out}")`);
	return port;
}
