/** One load generator of the API benchmark, in its own process: autocannon with its share of the connections. */
import autocannon from 'autocannon';

type Job = { url: string; connections: number; duration: number; cookies: string[] };
const job = JSON.parse(process.argv[2] ?? '{}') as Job;

let next = 0;
const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: `${job.url}/api/today`,
      connections: job.connections,
      duration: job.duration,
      // Each connection is one rep, logged in with their own session, accepting gzip as every browser does.
      setupClient: (client) =>
        client.setHeaders({ cookie: job.cookies[next++ % job.cookies.length]!, 'accept-encoding': 'gzip' }),
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
});
process.stdout.write(
  JSON.stringify({
    latencies,
    ok: result['2xx'],
    bad: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
    bytes: result.throughput.total,
  }),
);
