// swift-tools-version: 6.1
// Coverage-guided fuzz targets for Yici (libFuzzer), kept in their own package so the main
// build and `swift test` stay lean. Build them with the fuzzer and address sanitizers:
//
//   cd Fuzz && swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
//     --disable-dead-strip
//   Fuzz/run.sh 60        (seeds the corpora, builds, runs each target for 60 s)
//
// A plain `swift build` here fails to link: libFuzzer supplies `main`.
import PackageDescription

// A path dependency is named after its folder, which depends on where the repository was
// checked out (`main`, `yici`, …).
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "main"

let package = Package(
  name: "YiciFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(path: "..")],
  targets: [
    .target(
      name: "FuzzHarness",
      dependencies: [.product(name: "Yici", package: root)]
    ),
    .executableTarget(name: "fuzz-rules", dependencies: ["FuzzHarness"]),
    .executableTarget(name: "fuzz-application", dependencies: ["FuzzHarness"]),
    .executableTarget(name: "fuzz-batch", dependencies: ["FuzzHarness"]),
    // The web pages' form decoder and questionnaire (YiciWeb).
    .target(
      name: "FormHarness",
      dependencies: [.product(name: "Yici", package: root), .product(name: "YiciWeb", package: root)]
    ),
    .executableTarget(name: "fuzz-form", dependencies: ["FormHarness"]),
    .executableTarget(name: "fuzz-lsp", dependencies: [.product(name: "YiciLanguageServer", package: root)]),
  ]
)
