/**
 * The public server's per-answer metrics in plain numbers, handed to prom-client when scraped.
 * prom-client's own inc/observe hash their labels on every call, which cost ~3 µs of the ~20 µs
 * a warmed answer took here; a recorder kept with the answer costs a few additions.
 */
import type { Histogram, MetricType } from 'prom-client';

/** Answers of one route and status, and their times in the route's histogram. */
export class AnswerRecorder {
  count = 0;
  constructor(
    readonly route: string,
    readonly status: string,
    private readonly times: RouteTimes,
  ) {}
  /** One answer that took `seconds`. */
  record(seconds: number): void {
    this.count++;
    this.times.observe(seconds);
  }
}

/** One route's latency histogram: counts per bucket (not cumulative), sum and count. */
class RouteTimes {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;
  constructor(private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length);
  }
  reset(): void {
    this.counts.fill(0);
    this.sum = 0;
    this.count = 0;
  }
  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    const { bounds } = this;
    for (let i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]!) {
        this.counts[i]!++;
        return;
      }
    }
  }
}

/** Every route's and status's recorder; routes and statuses are fixed sets, so it stays small. */
export class AnswerTally {
  private readonly byKey = new Map<string, AnswerRecorder>();
  private readonly times = new Map<string, RouteTimes>();
  constructor(readonly bounds: readonly number[]) {}
  recorder(route: string, status: number): AnswerRecorder {
    const key = `${route} ${status}`;
    let r = this.byKey.get(key);
    if (!r) {
      let times = this.times.get(route);
      if (!times) {
        times = new RouteTimes(this.bounds);
        this.times.set(route, times);
      }
      r = new AnswerRecorder(route, String(status), times);
      this.byKey.set(key, r);
    }
    return r;
  }
  recorders(): IterableIterator<AnswerRecorder> {
    return this.byKey.values();
  }
  routes(): IterableIterator<[string, RouteTimes]> {
    return this.times.entries();
  }
  /** Zero (for a registry's resetMetrics): recorders stay valid, their counts start over. */
  reset(): void {
    for (const r of this.byKey.values()) r.count = 0;
    for (const t of this.times.values()) t.reset();
  }
}

type THistogramData = Awaited<ReturnType<Histogram<'route' | 'le'>['get']>>;

/**
 * A histogram whose values come from an {@link AnswerTally}, in the shape prom-client's own
 * histograms give their registry: cumulative `le` buckets, `+Inf`, `_sum` and `_count` per
 * route. A registry reads any metric through `get()` (and `reset()`), so it needs no more.
 */
export class TalliedHistogram {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly tally: AnswerTally,
  ) {}
  async get(): Promise<THistogramData> {
    const { name } = this;
    const values: THistogramData['values'] = [];
    for (const [route, t] of this.tally.routes()) {
      let acc = 0;
      this.tally.bounds.forEach((le, i) => {
        acc += t.counts[i]!;
        values.push({ labels: { route, le }, value: acc, metricName: `${name}_bucket` });
      });
      values.push(
        { labels: { route, le: '+Inf' }, value: t.count, metricName: `${name}_bucket` },
        { labels: { route }, value: t.sum, metricName: `${name}_sum` },
        { labels: { route }, value: t.count, metricName: `${name}_count` },
      );
    }
    return {
      name,
      help: this.help,
      // prom-client's own histograms carry the type as this string; its typings say an enum.
      type: 'histogram' as unknown as MetricType,
      values,
      aggregator: 'sum',
      collect: () => {},
    };
  }
  reset(): void {
    this.tally.reset();
  }
}
