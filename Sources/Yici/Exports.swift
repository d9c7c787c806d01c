// `import Yici` is all a service needs: the stage modules' public types come with it.
@_exported import YiciCalendar
@_exported import YiciEvaluation
@_exported import YiciExplanation
@_exported import YiciSemantics
@_exported import YiciSyntax
