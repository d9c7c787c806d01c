import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension Application {
  /// The application that `bound` holds for `service`: facts by id (options by id, dates
  /// as `YYYY-MM-DD`, unknown facts left out), materials and commitments in slot order.
  package init(_ bound: BoundApplication, service: CompiledService, date: CivilDate?) {
    var facts: [String: FactValue] = [:]
    for (slot, value) in bound.facts.enumerated() {
      guard let value else { continue }
      let fact = service.facts[slot]
      switch value {
      case .bool(let flag): facts[fact.id] = .bool(flag)
      case .number(let number): facts[fact.id] = .number(number)
      case .text(let text): facts[fact.id] = .text(text)
      case .date(let day): facts[fact.id] = .text(day.description)
      case .option(let index): facts[fact.id] = .text(fact.options[index].id)
      case .choices(let bits):
        facts[fact.id] = .list(
          fact.options.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { fact.options[$0].id })
      }
    }
    func materials(_ flag: BoundApplication.MaterialFlags) -> [String] {
      service.materials.indices.filter { bound.materials[$0].contains(flag) }.map { service.materials[$0].id }
    }
    let conditions = service.conditions.indices.filter { bound.committedConditions[$0] }.map {
      service.conditions[$0].id
    }
    self.init(
      id: bound.id, service: service.id, date: date, facts: facts, materials: materials(.provided),
      shared: materials(.shared), commitments: conditions + materials(.committed))
  }
}
