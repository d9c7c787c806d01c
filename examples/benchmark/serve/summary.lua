-- Prints the summary and the latency percentiles of a wrk run (wrk from Debian).
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.2f s: %.0f req/s; errors %d non-2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  io.write(string.format("latency ms p50 %.3f p99 %.3f p99.9 %.3f max %.3f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
