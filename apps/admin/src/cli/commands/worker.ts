import { env } from '~/env';
import { CliError, EXIT, str, type TCommand } from '../command';

export const worker: TCommand = {
  summary:
    'Run scan jobs and webhook deliveries from the queue (PostgreSQL); start as many as you like, anywhere.',
  usage: '[--concurrency N]',
  help: `Takes scan jobs (pg-boss queue "scan" in the admin's PostgreSQL, DATABASE_URL) and the
schedule ticks, and runs each scan in its own Chromium. Any number of workers on any number of
machines may share one database; one site is never scanned twice at once, and the job of a worker
that dies is retried by another after SMULA_SCAN_JOB_EXPIRE_SECONDS (default 900).
--concurrency  scans at a time in this process (default 1; each is a Chromium)
Workers also send webhooks (pg-boss queue "webhook"): every delivery attempt, its retries with
backoff, and a minute's sweep for deliveries nobody was told about.
With the embedded database (no DATABASE_URL) the admin runs scans and sends webhooks itself and
no worker is needed.
Stops on SIGINT/SIGTERM after the scans in hand finish.`,
  positionals: { min: 0, max: 0 },
  options: { concurrency: { type: 'string' } },
  async prepare({ values }) {
    if (!env.DATABASE_URL)
      throw new CliError(
        'Workers need PostgreSQL (DATABASE_URL). With the embedded database the admin server runs scans itself.',
      );
    const text = str(values.concurrency);
    const concurrency = text === undefined ? 1 : Number(text);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
      throw new CliError(
        `--concurrency must be a whole number from 1 to 16, not "${text}".`,
        EXIT.usage,
      );
    return { concurrency };
  },
  async run({ db, prepared }) {
    const { concurrency } = prepared as { concurrency: number };
    const { openBoss, startScanWorker } = await import('../../server/scan-jobs/queue');
    const { startWebhookWorker } = await import('../../server/webhook-jobs/queue');
    const boss = await openBoss({
      connectionString: env.DATABASE_URL!,
      expireInSeconds: env.SMULA_SCAN_JOB_EXPIRE_SECONDS,
      worker: true,
    });
    await startScanWorker({
      db,
      boss,
      concurrency,
      onJob: ({ scanId, outcome }) => console.log(`scan ${scanId}: ${outcome}`),
    });
    await startWebhookWorker({ db, boss });
    console.log(`Worker ready (pid ${process.pid}, ${concurrency} at a time).`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    console.log('Stopping: finishing the scans in hand …');
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    return EXIT.ok;
  },
};
