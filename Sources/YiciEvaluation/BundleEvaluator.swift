import YiciCalendar
import YiciSemantics

/// Decides an application to a bundle (一件事): which members it selects, each selected
/// member's own decision, and the one decision of the whole.
///
/// The bundle's outcome (README "Deciding a bundle"): rejected when a selected member is
/// rejected; else needs_information while a member's selection or a selected member's own
/// decision needs information; else needs_correction when a selected member needs
/// correction; else accepted_with_waiver when one is accepted with a waiver; else accepted.
/// The materials and questions are merged across members, each id once; a material that a
/// selected member's result stands for is provided to the members that require it and never
/// asked for. `verdicts` finds all of it by slot (`BundleVerdicts`); `decide` renders it.
package enum BundleEvaluator {
  /// Decides `application`, bound to the bundle's form; `program` gives each member
  /// service's program by its place in `services`.
  package static func decide(
    _ application: BoundApplication, bundle: CompiledBundle, services: [CompiledService],
    program: (Int) -> ServiceProgram, english: Bool, trace: Bool
  ) throws(EvaluationError) -> Decision {
    let found = try verdicts(application, bundle: bundle, services: services, program: program)
    return Decision(
      found, application: application, bundle: bundle, services: services, english: english, trace: trace)
  }

  /// The verdicts of every member and the merged lists, by slot.
  package static func verdicts(
    _ application: BoundApplication, bundle: CompiledBundle, services: [CompiledService],
    program: (Int) -> ServiceProgram
  ) throws(EvaluationError) -> BundleVerdicts {
    var application = application
    guard bundle.period.contains(application.date) else {
      throw EvaluationError(
        "bundle '\(bundle.id)' is not in force on \(application.date)", location: bundle.span.description)
    }
    let form = bundle.form
    let expressions = ExpressionEvaluator(service: form, application: application)
    var members: [MemberVerdicts] = []
    members.reserveCapacity(bundle.members.count)
    var pending: [(slots: [Int], member: Int)] = []
    for (index, member) in bundle.members.enumerated() {
      guard let slot = member.selection else {
        members.append(MemberVerdicts(selected: true))
        continue
      }
      switch expressions.truth(form.conditions[slot].expression) {
      case .true: members.append(MemberVerdicts(selected: true))
      case .false: members.append(MemberVerdicts(selected: false))
      case .unknown:
        members.append(MemberVerdicts(selected: nil))
        pending.append((expressions.unknownInputs(form.conditions[slot].expression, in: form), index))
      case .error(let message):
        throw EvaluationError(
          "whether member '\(member.service)' is selected cannot be evaluated: \(message)",
          location: form.conditions[slot].span.description)
      }
    }
    let settled = settle(&application, bundle: bundle, selected: members.map(\.selected))
    var produced: [ProducedMaterial] = []
    for (index, member) in bundle.members.enumerated() where members[index].selected == true {
      let service = services[member.serviceIndex]
      var own = BoundApplication(for: service, date: application.date)
      for slot in service.facts.indices { own.facts[slot] = application.facts[member.factSlots[slot]] }
      for slot in service.materials.indices { own.materials[slot] = application.materials[member.materialSlots[slot]] }
      for slot in service.conditions.indices {
        if let formSlot = member.conditionSlots[slot], formSlot < application.committedConditions.count {
          own.committedConditions[slot] = application.committedConditions[formSlot]
        }
      }
      for result in bundle.results(for: index) where members[result.producer].selected == true {
        guard let slot = service.materialSlots[result.material] else { continue }
        own.materials[slot].formUnion(.provided)
        let by = bundle.members[result.producer].service
        if let at = produced.firstIndex(where: { $0.id == result.material && $0.by == by }) {
          produced[at].to.append(service.id)
        } else {
          produced.append(ProducedMaterial(id: result.material, by: by, to: [service.id]))
        }
      }
      members[index].verdicts = try Evaluator.verdicts(for: own, by: program(member.serviceIndex))
      members[index].application = own
    }
    var found = merged(
      members, produced: produced, selectionQuestions: pending, date: application.date, bundle: bundle,
      services: services)
    found.settled = settled
    found.warnings = application.warnings
    return found
  }
}

extension BundleEvaluator {
  /// Gives each fact a selected member's result settles its answer (`settles`), before the
  /// members read the form: the facts settled, each with the member whose result settles it.
  /// An answer the application gave otherwise is replaced, and the warnings say so.
  static func settle(_ application: inout BoundApplication, bundle: CompiledBundle, selected: [Bool?])
    -> [(fact: Int, producer: Int)]
  {
    var settled: [(fact: Int, producer: Int)] = []
    for fact in bundle.settled where selected[fact.producer] == true {
      if let given = application.facts[fact.fact], given != fact.value {
        let id = bundle.form.facts[fact.fact].id
        application.warnings.append(
          "fact '\(id)' is settled by the result of member '\(bundle.members[fact.producer].service)'; "
            + "the answer given is ignored")
      }
      application.facts[fact.fact] = fact.value
      settled.append((fact.fact, fact.producer))
    }
    return settled
  }
}
