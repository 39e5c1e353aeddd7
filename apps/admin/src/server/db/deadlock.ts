/**
 * Runs a pg-boss setup step (create or update a queue, register a cron) again when PostgreSQL
 * ended it as a deadlock victim: workers started at the same moment run the same steps on the
 * same rows, and PostgreSQL aborts one of them (SQLSTATE 40P01); the step is idempotent.
 */
export async function retryOnDeadlock<T>(step: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await step();
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const deadlock = e?.code === '40P01' || /deadlock detected/.test(e?.message ?? '');
      if (!deadlock || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 50 * i + Math.random() * 100));
    }
  }
}
