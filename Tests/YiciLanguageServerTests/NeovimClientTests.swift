import Foundation
import Testing
import YiciTestSupport

/// `yici lsp` driven by a real client: Neovim's built-in LSP client, headless
/// (`Neovim/client.lua`). It opens a file with two mistakes in a small rules tree and checks
/// that the diagnostics and the completion items arrive. Neovim comes from Debian
/// (`apt-get install -y neovim`; `.ci/run` installs it).
@Suite struct NeovimClientTests {
  @Test func neovimReceivesDiagnosticsAndCompletion() throws {
    let nvim = try #require(
      ["/usr/bin/nvim", "/usr/local/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) },
      "Neovim is not installed: apt-get install -y neovim")
    let binary = try #require(YiciBinary.url, "no yici binary: build it with `swift build`")
    let tree = FileManager.default.temporaryDirectory.appendingPathComponent("yici-nvim-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: tree) }
    let transcripts = "Tests/YiciLanguageServerTests/Transcripts/tree"
    try FileManager.default.createDirectory(
      at: tree.appendingPathComponent("services"), withIntermediateDirectories: true)
    try Data(try #require(Repository.read(Repository.path("\(transcripts)/common.yici"))).utf8)
      .write(to: tree.appendingPathComponent("common.yici"))
    let file = tree.appendingPathComponent("services/banner.yici")
    try Data(try #require(Repository.read(Repository.path("\(transcripts)/broken.txt"))).utf8).write(to: file)
    let out = tree.appendingPathComponent("out.txt")

    let process = Process()
    process.executableURL = URL(fileURLWithPath: nvim)
    let script = Repository.path("Tests/YiciLanguageServerTests/Neovim/client.lua")
    process.arguments = ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile \(script)"]
    var environment = ProcessInfo.processInfo.environment
    environment["YICI_BINARY"] = binary.path
    environment["YICI_FILE"] = file.path
    environment["YICI_OUT"] = out.path
    environment["XDG_STATE_HOME"] = tree.path
    environment["XDG_DATA_HOME"] = tree.path
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning {
      if Date() > deadline { process.terminate() }
      Thread.sleep(forTimeInterval: 0.05)
    }
    let report = try #require(Repository.read(out.path), "Neovim wrote no report")
    #expect(
      report == """
        diagnostics arrived: true
        10:14 E0201 no fact named 'has_licence' (did you mean 'has_license'?)
        12:12 E0201 no fact named '当width' (did you mean 'width'?)
        completion: width
        completion: has_license

        """)
  }
}
