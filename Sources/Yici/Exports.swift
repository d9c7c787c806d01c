// `import Yici` is all a service needs, and it gives the domain API by name: the rules, an
// application, a decision and its parts, diagnostics, dates, case tracking and the reform report. The stage
// modules' other declarations (the syntax tree, the compiled program, the evaluator and the
// codecs) stay with their stage; tools inside this package import the stage they work on.
// The codecs and every other use of unsafe pointers live in `YiciInterchange`, the one
// module built without strict memory safety; this one, and every other, is built with it.

@_exported import struct YiciCalendar.CaseClock
@_exported import enum YiciCalendar.CaseClockError
// Dates, working days and case tracking.
@_exported import struct YiciCalendar.CasePause
@_exported import struct YiciCalendar.CaseStatus
@_exported import struct YiciCalendar.CivilDate
@_exported import struct YiciCalendar.DayCount
@_exported import enum YiciCalendar.DayUnit
@_exported import struct YiciCalendar.PauseOverrun
@_exported import enum YiciCalendar.Weekday
@_exported import struct YiciEvaluation.BundleDeadlines
@_exported import struct YiciEvaluation.BundleParts
// A decision and its parts.
@_exported import struct YiciEvaluation.Commitment
@_exported import struct YiciEvaluation.ConditionVerdict
@_exported import struct YiciEvaluation.Deadlines
@_exported import struct YiciEvaluation.Decision
@_exported import struct YiciEvaluation.EvaluationError
@_exported import struct YiciEvaluation.MaterialSummary
@_exported import struct YiciEvaluation.MaterialVerdict
@_exported import struct YiciEvaluation.MemberDecision
@_exported import enum YiciEvaluation.Outcome
@_exported import struct YiciEvaluation.ProducedMaterial
@_exported import struct YiciEvaluation.Question
@_exported import struct YiciEvaluation.Reason
@_exported import struct YiciEvaluation.Trace
@_exported import struct YiciEvaluation.Waived
@_exported import enum YiciExplanation.Language
// Applications and their interchange JSON, how to decide, and why it could not.
@_exported import struct YiciInterchange.Application
@_exported import enum YiciInterchange.DecisionError
@_exported import enum YiciInterchange.DecisionIDField
@_exported import struct YiciInterchange.DecisionOptions
@_exported import enum YiciInterchange.FactValue
@_exported import struct YiciInterchange.InterchangeError
@_exported import enum YiciInterchange.InterchangeLimits
// The reform report of a rule set.
@_exported import struct YiciReporting.ReformReport
@_exported import enum YiciReporting.ReportFormat
// Values an application carries.
@_exported import struct YiciSemantics.ExactDecimal
// Rules and their diagnostics.
@_exported import struct YiciSyntax.Diagnostic
@_exported import enum YiciSyntax.DiagnosticCode
@_exported import struct YiciSyntax.DiagnosticRecord
@_exported import struct YiciSyntax.DiagnosticRenderer
@_exported import enum YiciSyntax.Severity
@_exported import class YiciSyntax.SourceFile
@_exported import struct YiciSyntax.SourceRange
@_exported import struct YiciSyntax.SourceSpan
