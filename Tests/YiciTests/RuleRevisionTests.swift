import Foundation
import Testing
import YiciTestSupport

@testable import Yici

/// The rules' revision: a content hash, and the optional `revision` field of a decision.
@Suite struct RuleRevisionTests {
  @Test func theHashIsSHA256() {
    var empty = SHA256()
    #expect(empty.finish().map { String(format: "%02x", $0) }.joined().hasPrefix("e3b0c44298fc1c149afbf4c8996fb924"))
    var abc = SHA256()
    abc.update(Array("ab".utf8))
    abc.update(Array("c".utf8))
    #expect(abc.finish().map { String(format: "%02x", $0) }.joined().hasPrefix("ba7816bf8f01cfea414140de5dae2223"))
    var long = SHA256()
    for _ in 0..<1000 { long.update(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
    #expect(long.finish().map { String(format: "%02x", $0) }.joined().hasPrefix("cdc76e5c9914fb9281a1c7e284d73e67"))
  }

  @Test func theRevisionFollowsTheContentNotTheFolder() {
    let text = "service s { name \"S\" }\n"
    let here = RuleRevision.of([SourceFile(path: "rules/s.yici", text: text)])
    #expect(here == RuleRevision.of([SourceFile(path: "/elsewhere/s.yici", text: text)]))
    #expect(here != RuleRevision.of([SourceFile(path: "rules/s.yici", text: text + "# changed\n")]))
    #expect(here.count == 16)
  }

  @Test func aDecisionCarriesTheRevisionAfterItsDateOnlyWhenAsked() throws {
    let rules = try RuleSet.load(
      paths: ["examples/benchmark/food_business_license.yici"], relativeTo: Repository.root.path)
    let line = try String(
      contentsOf: Repository.root.appendingPathComponent("examples/benchmark/agree_1k.jsonl"), encoding: .utf8
    )
    .split(separator: "\n")[0]
    let plain = try rules.decide(json: Array(line.utf8), options: DecisionOptions(trace: false)).jsonBytes
    let options = DecisionOptions(trace: false, revision: "0123abcd")
    let marked = try rules.decide(json: Array(line.utf8), options: options).jsonBytes
    let text = String(decoding: marked, as: UTF8.self)
    #expect(text.contains(#""date":"2025-10-01","revision":"0123abcd","outcome":"#))
    #expect(
      text.replacingOccurrences(of: #","revision":"0123abcd""#, with: "") == String(decoding: plain, as: UTF8.self))
    var decider = Decider(rules, options: options)
    var written: [UInt8] = []
    try decider.appendDecision(json: Array(line.utf8).span, to: &written)
    #expect(written == marked)
  }
}
