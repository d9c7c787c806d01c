/// The table of commands, grouped as `:help` shows them.
extension Commands {
  static let groups: [CommandGroup] = [
    CommandGroup(title: "services", commands: serviceCommands),
    CommandGroup(title: "the application", commands: applicationCommands),
    CommandGroup(title: "the decision", commands: decisionCommands),
    CommandGroup(title: "the session", commands: sessionCommands),
  ]

  private static let serviceCommands: [Command] = [
    Command(
      name: "services", aliases: ["ls"], usage: "[TEXT]",
      summary: "list the services, or those whose id, name or department contains TEXT",
      details: ["the chosen service is marked with *"], arguments: .text, run: { $0.listServices(matching: $1) }),
    Command(
      name: "use", aliases: ["service"], usage: "SERVICE",
      summary: "choose the service to decide (by id, name, or a part of them)",
      details: [
        "facts the new service also has are kept, so one applicant can apply for several",
        "services at once; materials and commitments start empty",
      ], arguments: .service, run: { $0.useService($1) }),
  ]

  private static let applicationCommands: [Command] = [
    Command(
      name: "set", usage: "FACT VALUE", summary: "set a fact; the same as FACT = VALUE",
      details: [
        "a fact is named by its id or its label: area_m2 = 120, 信用状况 = 良好",
        "values: numbers (120, 10.5, 120平方米), true/false/是/否, an option's id or label,",
        "dates as YYYY-MM-DD (or today), text as typed or in quotes",
      ], arguments: .factValue, run: { $0.setFact(arguments: $1) }),
    Command(
      name: "unset", aliases: ["clear", "forget"], usage: "FACT...", summary: "make facts unknown again",
      arguments: .fact, run: { $0.unsetFacts($1) }),
    Command(
      name: "facts", aliases: ["f"], summary: "list the service's facts, their types and the values told",
      details: ["derived facts show the value computed from the others; ? is unknown"],
      run: { session, _ in session.listFacts() }),
    Command(
      name: "provide", aliases: ["have", "add"], usage: "MATERIAL...",
      summary: "mark materials as on the counter (by id or name)", arguments: .material,
      run: { $0.markMaterials($1, as: .provided) }),
    Command(
      name: "withdraw", aliases: ["remove"], usage: "MATERIAL...",
      summary: "take materials back off the counter (and off the shared list)", arguments: .providedMaterial,
      run: { $0.withdrawMaterials($1) }),
    Command(
      name: "shared", aliases: ["library"], usage: "MATERIAL...",
      summary: "mark materials the shared-data platform (电子证照库) can supply", arguments: .material,
      run: { $0.markMaterials($1, as: .shared) }),
    Command(
      name: "commit", usage: "ID...", summary: "the applicant signs the commitment (告知承诺) for a condition or material",
      arguments: .commitment, run: { $0.commit($1) }),
    Command(
      name: "uncommit", usage: "ID...", summary: "take back a signed commitment", arguments: .signedCommitment,
      run: { $0.uncommit($1) }),
    Command(
      name: "materials", aliases: ["m"], summary: "list the materials and what became of each",
      run: { session, _ in session.listMaterials() }),
    Command(
      name: "reset", summary: "start a new application for the same service",
      run: { session, _ in session.resetApplication() }),
  ]

  private static let decisionCommands: [Command] = [
    Command(
      name: "decision", aliases: ["d", "status"], summary: "show the current decision",
      run: { session, _ in session.showDecision() }),
    Command(
      name: "explain", aliases: ["x"], summary: "the full explanation the applicant reads",
      run: { session, _ in session.explain() }),
    Command(
      name: "trace", aliases: ["why"], summary: "every condition and material with its verdict, place and legal basis",
      run: { session, _ in session.showTrace() }),
    Command(
      name: "ask", aliases: ["next", "questions"], summary: "the questions to ask next, most decisive first",
      run: { session, _ in session.showQuestions() }),
    Command(
      name: "notice", usage: "[FILE]", summary: "the one-time notice (一次性告知书) to print; with FILE, write it there",
      details: ["an existing FILE is replaced only with :notice! FILE"], arguments: .file,
      run: { $0.notice(toFile: $1) }, replacing: { $0.notice(toFile: $1, replacing: true) }),
    Command(
      name: "deadlines",
      summary: "the dates the applicant is told: acceptance, the time limits, when waived materials are due",
      run: { session, _ in session.showDeadlines() }),
    Command(
      name: "eval", aliases: ["e"], usage: "EXPR", summary: "evaluate an expression over the current facts",
      details: [
        "any expression a rule may hold: area_m2 > 500 or seats > 250, menu in (cold, raw),",
        "known(age), area_m2 * 2; the result is shown with its type, or what it still needs",
      ], arguments: .expression, run: { $0.evaluate($1) }),
  ]

  private static let sessionCommands: [Command] = [
    Command(
      name: "date", usage: "[YYYY-MM-DD|today]", summary: "show or set the date decisions are made on",
      details: ["the date picks the rules in force"], arguments: .date, run: { $0.setDate($1) }),
    Command(
      name: "lang", aliases: ["language"], usage: "[zh|en]",
      summary: "show or set the language of decisions and notices",
      arguments: .language, run: { $0.setLanguage($1) }),
    Command(
      name: "save", usage: "[FILE]", summary: "write the application as interchange JSON; without FILE, show it",
      details: [
        "an existing FILE is replaced only with :save! FILE (keeping its permissions);",
        "links, folders and other files that are not regular are never written",
      ], arguments: .file, run: { $0.save(to: $1) }, replacing: { $0.save(to: $1, replacing: true) }),
    Command(
      name: "open", aliases: ["load"], usage: "FILE", summary: "open an application (interchange JSON)",
      details: ["its service is chosen, and its date becomes the session's"], arguments: .file,
      run: { $0.open($1) }),
    Command(
      name: "reload", summary: "read the rule files again after an edit, keeping the application",
      run: { session, _ in session.reload() }),
    Command(
      name: "help", aliases: ["h", "?"], usage: "[COMMAND]", summary: "list the commands, or explain one",
      arguments: .command, run: { session, arguments in session.help(arguments) }),
    Command(
      name: "quit", aliases: ["q", "exit"], summary: "end the session (Ctrl-D does too)",
      run: { _, _ in Output(text: "", quits: true) }),
  ]
}
