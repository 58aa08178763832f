/**
 * `bash scripts/queue-mode.sh --keep`: starts n8n in queue mode (src/queue.ts) with our packages,
 * prints where to look and the owner login, and keeps it running until Ctrl-C.
 */
import { OWNER } from './n8n';
import { startQueueMode } from './queue';

async function main(): Promise<void> {
	if (!process.argv.includes('--keep')) {
		console.error('usage: tsx src/queue-cli.ts --keep');
		process.exit(2);
	}
	console.log('==> queue-mode: starting Redis, PostgreSQL, n8n main, 2 workers and a webhook process (about a minute)');
	const mode = await startQueueMode();
	const { services } = mode;
	console.log(`
n8n in queue mode is running (Ctrl-C stops everything):
  editor (main)       ${mode.main.url}/
  webhooks            ${mode.webhookUrl}webhook/<path>   (the n8n webhook process)
  workers             ${mode.workers.map((w) => `${w.name} ${w.url}/healthz`).join(', ')}
  owner login         ${OWNER.email} / ${OWNER.password}
  Redis               127.0.0.1:${services.redisPort}
  PostgreSQL          postgresql://${services.pgUser}:${services.pgPassword}@127.0.0.1:${services.pgPort}/${services.pgDatabase}
  logs                ${mode.home.dir}/logs
`);
	const stop = async () => {
		console.log('==> queue-mode: stopping');
		await mode.stop();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop());
	process.once('SIGTERM', () => void stop());
	// Nothing else keeps the event loop alive (the children are unref'd): wait for the signal.
	setInterval(() => undefined, 1 << 30);
}

main().catch((error: Error) => {
	console.error(`queue-mode: ${error.message}`);
	process.exit(1);
});
