/** A local hook receiver on 127.0.0.1 that keeps each delivery's raw body and headers (for tests). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
	/** Path and query as received (website hooks carry `?key=`). */
	url: string;
	method: string;
	/** Lower-case header names. */
	headers: http.IncomingHttpHeaders;
	raw: string;
	body: unknown;
}

export interface HookReceiver {
	url: string;
	received: ReceivedHook[];
	/** Status answered to the next deliveries (default 200); e.g. 500 to make Crisp retry. */
	respondWith(status: number): void;
	close(): Promise<void>;
}

export async function startHookReceiver(): Promise<HookReceiver> {
	const received: ReceivedHook[] = [];
	let status = 200;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			let body: unknown = raw;
			try {
				body = JSON.parse(raw);
			} catch {
				// keep the text
			}
			received.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, raw, body });
			res.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		received,
		respondWith: (next) => {
			status = next;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
