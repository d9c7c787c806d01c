import Yici

/// Making the decision after every change, and showing it: `:decision`, `:explain`,
/// `:trace`, `:ask`, `:notice`.
extension Session {
  /// Decides the application again (nothing to decide without a service).
  mutating func decide() {
    application.date = date
    guard service != nil else {
      decision = nil
      decisionProblem = nil
      return
    }
    do throws(DecisionError) {
      let options = DecisionOptions(language: language)
      if let bundle {
        decision = try rules.decide(application, bundle: bundle.id, options: options)
      } else {
        decision = try rules.decide(application, options: options)
      }
      decisionProblem = nil
    } catch {
      decision = nil
      decisionProblem = error.description
    }
  }

  /// Decides again and sums up the decision in one line, marking a change of outcome.
  mutating func decideAndSummarize() -> Output {
    let before = decision?.outcome
    decide()
    return summary(since: before)
  }

  /// The one-line summary: `需补正 · 缺 2 项材料`, after `需补充信息 → ` when the outcome changed.
  func summary(since before: Outcome? = nil) -> Output {
    guard service != nil else { return .empty }
    guard let decision else { return .line(decisionProblem ?? "no decision") }
    let words = DecisionWords(language: language)
    var line = paint(words.outcome(decision.outcome), decision.outcome)
    if let before, before != decision.outcome { line = words.outcome(before) + " → " + line }
    let counts = words.counts(decision)
    return .line(([line] + counts).joined(separator: " · "))
  }

  /// `:decision`: the summary, then what the outcome rests on, by id and name.
  func showDecision() -> Output {
    guard let service else { return Self.noService }
    guard let decision else { return summary() }
    let names = MaterialNames(service: service, english: english)
    let summary = decision.materials
    var lines: [String] = []
    func section(_ title: String, _ rows: [(String, String)]) {
      guard !rows.isEmpty else { return }
      var table = TextTable()
      for row in rows { table.add(row.0, row.1) }
      lines += [title + ":"] + table.lines()
    }
    section("failed conditions", decision.reasons.map { ($0.id, $0.text) })
    section("to ask", decision.questions.map { ($0.fact, $0.text) })
    section("missing", summary.missing.map { ($0, names.name($0)) })
    section("waived", summary.waived.map { ($0.id, names.name($0.id) + ($0.due.map { " (due \($0))" } ?? "")) })
    section("depends on facts not yet known", summary.undetermined.map { ($0, names.name($0)) })
    section("on the counter", summary.provided.map { ($0, names.name($0)) })
    section("from the shared platform", summary.exempt.map { ($0, names.name($0)) })
    section("replaced by a commitment", summary.committed.map { ($0, names.name($0)) })
    section("to sign", decision.commitments.map { ($0.id, $0.text) })
    section("warnings", decision.warnings.map { ("", $0) })
    return self.summary().then(.lines(lines))
  }

  /// `:explain`: the explanation the applicant reads.
  func explain() -> Output {
    guard service != nil else { return Self.noService }
    guard let decision else { return summary() }
    return Output(text: decision.explanation)
  }

  /// `:trace`: each condition and material with its verdict, place and legal basis.
  func showTrace() -> Output {
    guard service != nil else { return Self.noService }
    guard let trace = decision?.trace else { return summary() }
    var lines = ["conditions:"]
    var table = TextTable()
    for verdict in trace.conditions { table.add(verdict.id, verdict.verdict, verdict.location) }
    lines += table.lines()
    lines.append("materials:")
    table = TextTable()
    for verdict in trace.materials { table.add(verdict.id, verdict.verdict, verdict.location) }
    lines += table.lines()
    if let waiver = trace.waiver { lines.append("waiver: \(waiver)") }
    return .lines(lines)
  }

  /// `:ask`: the questions that can change the outcome, with the options to answer.
  func showQuestions() -> Output {
    guard let service else { return Self.noService }
    guard let decision else { return summary() }
    guard !decision.questions.isEmpty else { return .line("nothing to ask: no unknown fact can change the decision") }
    var lines: [String] = []
    for (offset, question) in decision.questions.enumerated() {
      lines.append("\(offset + 1). \(question.fact): \(question.text)")
      if let slot = service.factSlots[question.fact], !service.facts[slot].options.isEmpty {
        let options = service.fact(slot, on: date).options
        lines.append("   options: " + FactInput.optionList(options, english: english))
      }
    }
    lines.append("answer with FACT = VALUE")
    return .lines(lines)
  }

  /// `:notice [FILE]`: the one-time notice, shown or written to a file; `:notice! FILE`
  /// may replace an existing file.
  func notice(toFile path: String, replacing: Bool = false) -> Output {
    guard service != nil else { return Self.noService }
    guard let decision, let text = rules.notice(for: decision, language: language) else { return summary() }
    guard !path.isEmpty else {
      return replacing ? .failure("name the file to replace: :notice! FILE") : Output(text: text)
    }
    if let problem = write(Array(text.utf8), to: path, replacing: replacing, command: "notice") { return problem }
    return .line("wrote the notice to \(path)")
  }

  /// Colours an outcome when the session is coloured.
  private func paint(_ text: String, _ outcome: Outcome) -> String {
    guard colored else { return text }
    let code =
      switch outcome {
      case .accepted, .acceptedWithWaiver: "1;32"
      case .needsCorrection, .needsInformation: "1;33"
      case .rejected: "1;31"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
