import Prometheus
import Synchronization

/// The server's Prometheus metrics (`GET /metrics`), in a registry of its own so that
/// several servers in one process (the tests) count apart.
///
/// - `yici_decisions_total{service,outcome}`: decisions made by `/v1/decisions`,
///   `/v1/questions` and `/v1/notices`;
/// - `yici_batch_lines_total{result}`: lines of batches, `decided` or `error`;
/// - `yici_request_duration_seconds{route}`: a histogram of request latency;
/// - `yici_requests_total{route,status}`, `yici_requests_in_flight`;
/// - `yici_reloads_total{result}`: reloads `reloaded`, `unchanged` or `failed`;
///   `yici_reload_failures_total` counts the failed ones alone.
public final class ServerMetrics: Sendable {
  /// The registry the metrics are kept in.
  public let registry = PrometheusCollectorRegistry()
  private let inFlight: Gauge
  private let reloadFailures: Counter
  private let decisions = Mutex<[String: Counter]>([:])
  private let latency = Mutex<[String: DurationHistogram]>([:])
  private static let buckets: [Duration] = [
    .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
    .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
    .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
  ]

  /// The help text of each metric.
  private static let help = [
    "yici_requests_in_flight": "Requests being handled",
    "yici_reload_failures_total": "Reloads whose rules could not be read or had errors",
    "yici_reloads_total": "Reloads of the rules, by result",
    "yici_decisions_total": "Decisions by service and outcome",
    "yici_batch_lines_total": "Lines of batches, decided or error",
    "yici_request_duration_seconds": "Request latency by route",
    "yici_requests_total": "Requests by route and status",
  ]

  /// The descriptor of a metric by its full name.
  private static func named(_ name: String) -> MetricNameDescriptor {
    MetricNameDescriptor(metricName: name, unitName: "", helpText: help[name] ?? "")
  }

  /// The metrics, all at zero.
  public init() {
    inFlight = registry.makeGauge(descriptor: Self.named("yici_requests_in_flight"))
    reloadFailures = registry.makeCounter(
      descriptor: Self.named("yici_reload_failures_total"))
    for result in ["reloaded", "unchanged", "failed"] {
      _ = registry.makeCounter(
        descriptor: Self.named("yici_reloads_total"), labels: [("result", result)])
    }
  }

  /// A decision of `service` with `outcome`.
  func decided(service: String, outcome: String) {
    let key = service + "\u{0}" + outcome
    let counter = decisions.withLock { counters in
      if let counter = counters[key] { return counter }
      let counter = registry.makeCounter(
        descriptor: Self.named("yici_decisions_total"),
        labels: [("service", service), ("outcome", outcome)])
      counters[key] = counter
      return counter
    }
    counter.increment()
  }

  /// Lines of a batch decided and failed.
  func batch(decided: Int, failed: Int) {
    registry.makeCounter(
      descriptor: Self.named("yici_batch_lines_total"), labels: [("result", "decided")]
    )
    .increment(by: Int64(decided))
    registry.makeCounter(
      descriptor: Self.named("yici_batch_lines_total"), labels: [("result", "error")]
    )
    .increment(by: Int64(failed))
  }

  /// A reload and what it did.
  func reloaded(_ result: ReloadOutcome.Result) {
    registry.makeCounter(
      descriptor: Self.named("yici_reloads_total"), labels: [("result", result.rawValue)]
    )
    .increment()
    if result == .failed { reloadFailures.increment() }
  }

  /// A request starts.
  func started() { inFlight.increment() }

  /// A request to `route` finished with `status` after `duration`.
  func finished(route: String, status: Int, duration: Duration) {
    inFlight.decrement()
    let histogram = latency.withLock { histograms in
      if let histogram = histograms[route] { return histogram }
      let histogram = registry.makeDurationHistogram(
        descriptor: Self.named("yici_request_duration_seconds"), labels: [("route", route)],
        buckets: Self.buckets)
      histograms[route] = histogram
      return histogram
    }
    histogram.record(duration)
    registry.makeCounter(
      descriptor: Self.named("yici_requests_total"),
      labels: [("route", route), ("status", String(status))]
    )
    .increment()
  }

  /// The metrics in Prometheus' text format.
  func exposition() -> [UInt8] {
    var buffer: [UInt8] = []
    registry.emit(into: &buffer)
    return buffer
  }
}
