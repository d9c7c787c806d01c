/// The stable code of every diagnostic Yici emits.
///
/// Codes never change meaning once published: tools match on them. `E` codes are
/// errors, `W` codes warnings. Syntax problems are `E01xx`, meaning problems `E02xx`,
/// reform and style warnings `W03xx`.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
  // Syntax
  case unexpectedCharacter = "E0101"
  case unterminatedString = "E0102"
  case invalidDate = "E0103"
  case invalidNumber = "E0104"
  case limitExceeded = "E0105"
  case unexpectedToken = "E0110"
  case unclosedBlock = "E0111"
  case duplicateAttribute = "E0112"
  case conflictingForms = "E0113"
  // Meaning
  case unknownName = "E0201"
  case unknownOption = "E0202"
  case typeMismatch = "E0203"
  case duplicateDefinition = "E0204"
  case derivedFactCycle = "E0205"
  case unknownVocabulary = "E0206"
  case unknownMaterial = "E0207"
  case waivableNeverWaived = "E0208"
  case invalidPeriod = "E0209"
  case missingHeader = "E0210"
  case invalidWaiverLimit = "E0211"
  // Time limits and calendars
  case promisedExceedsStatutory = "E0212"
  case supplementExceedsPromised = "E0213"
  case unknownCalendar = "E0214"
  case invalidCalendar = "E0215"
  case dateOutsideCalendar = "E0216"
  case invalidTimeLimit = "E0217"
  // Bundles (一件事)
  case unknownMember = "E0218"
  case conflictingFact = "E0219"
  case resultNotRequired = "E0220"
  case resultCycle = "E0221"
  case promiseShorterThanPath = "E0222"
  case promiseLongerThanStatutory = "E0223"
  case memberNeverSelected = "E0224"
  // Bundles again, numbered from E0230 so that codes added meanwhile (expressions) keep theirs.
  case conflictingMaterial = "E0230"
  // The guide block (办事指南). Numbered from E0240 so that codes added meanwhile by other
  // features (bundles E0218–E0224, expressions) keep their numbers.
  case incompleteStep = "E0240"
  case unknownScope = "E0241"
  case invalidOnlineDepth = "E0242"
  case invalidFee = "E0243"
  case invalidLink = "E0244"
  case dateArithmetic = "E0225"
  case countOutOfRange = "E0226"
  case copiesPerNotNumber = "E0227"
  case conditionalVisits = "E0228"
  case invalidPattern = "E0229"
  case patternCannotMatch = "E0231"
  // Reform rules and style
  case materialWithoutBasis = "W0301"
  case sharedMaterialRequired = "W0302"
  case mixedKeywordLanguages = "W0303"
  case conditionWithoutReason = "W0304"
  case promisedNotShortened = "W0305"
  case conditionWithoutBasis = "W0306"
  case serviceWithoutBasis = "W0307"
  case neverApplies = "W0308"
  case timeLimitsGap = "W0309"
  case alternativeAlsoRequired = "W0310"
  case warningOnDueDay = "W0311"
  case unknownServiceKind = "W0312"
  case tooManySteps = "W0320"
  case feeWithoutBasis = "W0321"
  case fullyOnlineWithVisits = "W0322"
  case intermediaryWithoutBasis = "W0323"
  case conditionalVisitsSameAsDefault = "W0324"

  /// Errors stop a rule set from being used; warnings do not.
  public var severity: Severity {
    rawValue.hasPrefix("E") ? .error : .warning
  }

  /// A short, stable, human-readable name for the code (`unknown-name`).
  public var slug: String {
    var slug = ""
    for character in "\(self)" {
      if character.isUppercase {
        slug += "-" + character.lowercased()
      } else {
        slug.append(character)
      }
    }
    return slug
  }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
  case error
  case warning
  case note

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }

  /// Errors sort first.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
