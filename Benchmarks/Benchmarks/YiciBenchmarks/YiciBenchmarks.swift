import Benchmark
import Foundation
import Yici

// The peer benchmark's workload (examples/benchmark): the food-business-licence policy
// over the 1,000 agreement applications, cycled. Each scaled iteration is one decision.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let rules = try! RuleSet.load(paths: ["examples/benchmark/food_business_license.yici"], relativeTo: root.path)
let lines: [[UInt8]] = try! String(
  contentsOf: root.appendingPathComponent("examples/benchmark/agree_1k.jsonl"), encoding: .utf8
)
.split(separator: "\n").map { Array($0.utf8) }

/// The benchmark policy with a time-limits block added, so every accepted decision also
/// computes its deadlines and waived materials' due dates on the national calendar.
let timedRules: RuleSet = {
  var text = try! String(
    contentsOf: root.appendingPathComponent("examples/benchmark/food_business_license.yici"), encoding: .utf8)
  text.replaceSubrange(
    text.range(of: "}", options: .backwards)!,
    with: "  时限 { 法定 10 个工作日; 承诺 5 个工作日; 预警 提前 2 个工作日; 容缺补交 5 个工作日 }\n}")
  let calendar = try! String(contentsOf: root.appendingPathComponent("rules/calendar/china.yici"), encoding: .utf8)
  return RuleSet(sources: [SourceFile(path: "china.yici", text: calendar), SourceFile(path: "bench.yici", text: text)])
}()

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.throughput, .wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
    scalingFactor: .kilo, maxDuration: .seconds(5))

  Benchmark("decide (decode + evaluate, no explanation)") { benchmark in
    let options = DecisionOptions(trace: false, explanation: false)
    for index in benchmark.scaledIterations {
      blackHole(try rules.decide(json: lines[index % lines.count], options: options))
    }
  }

  Benchmark("decide + explanation + JSON decision, through Decision") { benchmark in
    let options = DecisionOptions(trace: false)
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    for index in benchmark.scaledIterations {
      try rules.decide(json: lines[index % lines.count], options: options).appendJSON(to: &output)
      if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
    }
    blackHole(output)
  }

  Benchmark("yici eval --batch per line: one Decider decides, explains (memoized), writes JSON") { benchmark in
    var decider = Decider(rules, options: DecisionOptions(trace: false))
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    for index in benchmark.scaledIterations {
      try lines[index % lines.count].withUnsafeBufferPointer { try decider.appendDecision(json: $0, to: &output) }
      if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
    }
    blackHole(output)
  }

  Benchmark("RuleSet.appendDecision per line (through Decision, no writer per call)") { benchmark in
    let options = DecisionOptions(trace: false)
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    for index in benchmark.scaledIterations {
      try lines[index % lines.count].withUnsafeBufferPointer {
        try rules.appendDecision(json: $0, options: options, to: &output)
      }
      if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
    }
    blackHole(output)
  }

  Benchmark("decide with deadlines (decode + evaluate + time limits, no explanation)") { benchmark in
    let options = DecisionOptions(trace: false, explanation: false)
    for index in benchmark.scaledIterations {
      blackHole(try timedRules.decide(json: lines[index % lines.count], options: options))
    }
  }

  Benchmark("a deadline: n working days after a date", configuration: .init(scalingFactor: .mega)) { benchmark in
    let calendar = timedRules.compiled.calendars.calendar(nil)!
    let first = CivilDate(iso: "2024-01-01")!.dayNumber
    for index in benchmark.scaledIterations {
      let start = CivilDate(dayNumber: first + index % 730)
      blackHole(try DayCount.workingDays(1 + index % 60).deadline(from: start, in: calendar))
    }
  }

  Benchmark("load and check the bundled rules", configuration: .init(scalingFactor: .one)) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try RuleSet.load(paths: ["rules"], relativeTo: root.path))
    }
  }
}
