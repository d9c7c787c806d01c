import ArgumentParser
import Foundation
import Yici
import YiciFormatting
import YiciREPL
import YiciSyntax

/// `yici fmt`: rule files in the canonical layout (`Formatter`), printed, rewritten or
/// checked.
struct Fmt: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Format rule files in the canonical layout, in either keyword language.",
    discussion: """
      Prints each file formatted, or rewrites it (-w), or lists the files that would change \
      (--check, for CI: exit 1 if any). Comments stay where they were; the output says \
      exactly what the input says (checked on every run). --keywords zh|en spells every \
      keyword in Chinese or English. A file with syntax errors is not formatted: its errors \
      are shown and the exit code is 1.
      """)

  @Argument(help: "Rule files (.yici) or folders that hold them; - reads standard input.")
  var paths: [String]

  @Flag(name: [.customShort("w"), .customLong("write")], help: "Rewrite the files that are not formatted.")
  var write = false

  @Flag(help: "Print the files that are not formatted, and exit 1 if there are any.")
  var check = false

  @Option(help: "Spell the keywords in zh (Chinese) or en (English); default: each file's own language.")
  var keywords: KeywordChoice?

  @Option(help: "Colour diagnostics: auto (on a terminal), always, never.")
  var color: ColorChoice = .auto

  func validate() throws {
    if write && check { throw ValidationError("give -w or --check, not both") }
    if paths.isEmpty {
      throw ValidationError("give the rule files or folders to format, e.g. `yici fmt --check rules`")
    }
  }

  func run() throws {
    var failed = 0
    var changed: [String] = []
    var files: [String] = []
    do throws(RuleSources.LoadError) {
      for path in paths { files += path == "-" ? ["-"] : try RuleSources.files([path]) }
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
    let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, color))
    for path in files {
      guard let bytes = Terminal.readInput(path),
        let source = SourceFile(path: path == "-" ? "<stdin>" : path, validating: Self.withoutByteOrderMark(bytes))
      else {
        Terminal.error("cannot read \(path) as UTF-8 text")
        failed += 1
        continue
      }
      let formatted: String
      do {
        formatted = try Formatter.format(source, keywords: keywords?.language)
      } catch {
        if case .syntaxErrors(let errors) = error {
          for diagnostic in errors { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
        }
        Terminal.error(error.description)
        failed += 1
        continue
      }
      let differs = Array(formatted.utf8) != bytes
      if check {
        if differs { Terminal.write(path + "\n") }
      } else if write && path != "-" {
        guard differs else { continue }
        if let problem = DiskFiles().write(Array(formatted.utf8), to: path) {
          Terminal.error(problem)
          throw ExitCode(ExitStatus.outputFailed)
        }
      } else {
        Terminal.write(formatted)
      }
      if differs { changed.append(path) }
    }
    if check || write {
      let verb = check ? "not formatted" : "formatted"
      let errors = failed > 0 ? ", \(failed) with errors" : ""
      Terminal.write(
        "\(changed.count) of \(files.count) file\(files.count == 1 ? "" : "s") \(verb)\(errors)\n", to: .error)
    }
    if failed > 0 || (check && !changed.isEmpty) { throw ExitCode(ExitStatus.rulesHaveErrors) }
  }

  /// The bytes without a UTF-8 byte order mark, which is no part of the text.
  private static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
  }
}

/// `--keywords zh|en`.
enum KeywordChoice: String, CaseIterable, ExpressibleByArgument {
  case zh, en

  /// The keyword language.
  var language: KeywordLanguage { self == .zh ? .chinese : .english }
}
