import { startServer } from './source/server/index.ts';
import { insertTriggeredRun } from './source/server/trigger.ts';
const server = await startServer({ data: 'empty', pace: 0 });
const seeded = server.seedBench({ cases: 10_000 });
for (const channel of ['production', 'draft', 'production', 'draft']) {
	const run = insertTriggeredRun(server.store, server.store.bench(seeded.benchId)!, { channel }, null, new Date().toISOString()).run;
	const t = performance.now(); const c = process.cpuUsage();
	server.coordinator.start(run.id);
	await server.coordinator.idle();
	const u = process.cpuUsage(c);
	console.log(channel, 'wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), 'per cpu s', (10000 / ((u.user + u.system) / 1e6)).toFixed(0));
}
await server.close();
