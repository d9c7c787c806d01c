import YiciExplanation
import YiciSemantics

/// The JSON writers of one `Decider`: one per service it has decided, made on its first
/// decision, so a rule set of thousands of services costs nothing for those never decided.
///
/// At most `limit` writers are kept: past that the set starts afresh (the memos, keyed by
/// service, stay valid). Owned by one decider (one thread).
package final class DecisionWriters {
  let language: Language
  /// The rules' revision as a JSON string, when decisions carry it.
  let revision: [UInt8]?
  let memos = DecisionMemos()
  private var writers: [Int: DecisionWriter] = [:]
  private var bundleWriters: [Int: BundleWriter] = [:]
  /// The writer of the last decision (a batch often decides one service many times).
  private var last: DecisionWriter?
  /// How many writers are kept before the set starts afresh.
  static let limit = 16_384

  package init(language: Language, revision: String? = nil) {
    self.language = language
    self.revision = revision.map { revision in
      var out = JSONWriter(capacity: revision.utf8.count + 2)
      out.string(revision)
      return out.bytes
    }
  }

  /// The writer for the service at `index` of the rule set.
  package func writer(_ index: Int, _ service: CompiledService) -> DecisionWriter {
    if let last, last.serviceIndex == index { return last }
    if let writer = writers[index] {
      last = writer
      return writer
    }
    if writers.count >= Self.limit { writers.removeAll() }
    let writer = DecisionWriter(service: service, index: index, language: language, revision: revision, memos: memos)
    writers[index] = writer
    last = writer
    return writer
  }

  /// The writer for the bundle at `index` of the rule set's decision targets (after its
  /// services).
  package func bundleWriter(_ index: Int, _ bundle: CompiledBundle, services: [CompiledService]) -> BundleWriter {
    if let writer = bundleWriters[index] { return writer }
    let writer = BundleWriter(
      bundle: bundle, index: index, services: services, language: language, revision: revision, memos: memos)
    bundleWriters[index] = writer
    return writer
  }
}
