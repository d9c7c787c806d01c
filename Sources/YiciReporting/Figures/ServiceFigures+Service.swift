import YiciCalendar
import YiciSemantics

extension ServiceFigures {
  /// The figures of a service on a date (the service, its materials and its time limits
  /// in force then).
  package init(_ service: CompiledService, on date: CivilDate) {
    self.init(
      id: service.id, name: service.header.name, department: service.header.department,
      visits: service.header.visits, materials: MaterialRange(service: service, on: date),
      steps: service.guide.flatMap { $0.steps.isEmpty ? nil : $0.steps.count },
      limits: LimitFigures(service, on: date))
    visits = service.header.mostVisits
    if let fewest = service.header.fewestVisits, fewest != visits { fewestVisits = fewest }
  }
}

extension LimitFigures {
  /// The time limits of a service in force on a date; without a block in force, the
  /// header's 即办件 / 承诺件 alone.
  package init(_ service: CompiledService, on date: CivilDate) {
    guard let block = service.timeLimits(on: date) else {
      self.init(
        statutory: nil, promised: nil, handling: service.header.immediate ? .immediate : .promised,
        specialProcedures: [], declared: false)
      return
    }
    let handling: Handling =
      switch block.immediacy {
      case .always: .immediate
      case .never: .promised
      case .when: .conditional
      }
    self.init(
      statutory: block.statutory, promised: block.promised, handling: handling,
      specialProcedures: block.notCounted.map(\.id), declared: true)
  }
}
