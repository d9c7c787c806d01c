// swift-tools-version: 6.2
import PackageDescription

// Stages are separate targets so dependencies stay one-way:
// Syntax → Semantics → Evaluation → Explanation → Reporting → Yici (façade) → yici (CLI).
// YiciCalendar stands alone: Semantics and Evaluation use it for time limits.
// Every module but one builds with strict memory safety: no unsafe construct goes unmarked,
// and none is used. The unsafe byte machinery (the interchange codecs, the batch deciders'
// line handling, reading folders, files and file descriptors with the system's calls) is
// fenced in `YiciInterchange`, an internal target with its own tests; the fuzz targets
// (Fuzz/) drive it through the façade. GNU readline's C interop is the other fence:
// `YiciReadline`.
let memorySafe: [SwiftSetting] = [.strictMemorySafety()]

let package = Package(
  name: "Yici",
  products: [
    .library(name: "Yici", targets: ["Yici"]),
    .library(name: "YiciLanguageServer", targets: ["YiciLanguageServer"]),
    .library(name: "YiciServer", targets: ["YiciServer"]),
    .library(name: "YiciWeb", targets: ["YiciWeb"]),
    .executable(name: "yici", targets: ["yici"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    // The HTTP decision service (`yici serve`). Hummingbird without its default traits, so
    // swift-configuration is not built.
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    // Already in the graph through Hummingbird: the server's own channel handlers (100 Continue,
    // the JSON error of a request that is not HTTP).
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    // The decision log and case store (`yici serve --data`, `yici replay`, `yici track --data`):
    // SQLite through GRDB, on Debian's libsqlite3.
    .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    // PostgreSQL behind the same store (`--database postgres://…`), for several servers.
    .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    // Already in the graph through postgres-nio: TLS to PostgreSQL (`?sslmode=`).
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    // The web pages (`yici serve`'s HTML): logic-less templates, no dependencies of its own.
    .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
  ],
  targets: [
    .target(name: "YiciSyntax", swiftSettings: memorySafe),
    .target(name: "YiciCalendar", swiftSettings: memorySafe),
    .target(name: "YiciFormatting", dependencies: ["YiciSyntax"], swiftSettings: memorySafe),
    .target(name: "YiciSemantics", dependencies: ["YiciSyntax", "YiciCalendar"], swiftSettings: memorySafe),
    .target(name: "YiciEvaluation", dependencies: ["YiciSemantics", "YiciCalendar"], swiftSettings: memorySafe),
    .target(name: "YiciExplanation", dependencies: ["YiciEvaluation"], swiftSettings: memorySafe),
    .target(
      name: "YiciReporting", dependencies: ["YiciSemantics", "YiciCalendar", "YiciEvaluation", "YiciExplanation"],
      swiftSettings: memorySafe),
    // Not a product: the façade re-exports its public types by name.
    .target(
      name: "YiciInterchange",
      dependencies: ["YiciSyntax", "YiciSemantics", "YiciCalendar", "YiciEvaluation", "YiciExplanation"]),
    .target(
      name: "Yici",
      dependencies: [
        "YiciSyntax", "YiciSemantics", "YiciCalendar", "YiciEvaluation", "YiciExplanation", "YiciReporting",
        "YiciInterchange",
      ],
      swiftSettings: memorySafe
    ),
    .target(name: "YiciTesting", dependencies: ["Yici", "YiciSemantics", "YiciReporting"], swiftSettings: memorySafe),
    // The language server (`yici lsp`): JSON-RPC over stdio, for any editor.
    .target(
      name: "YiciLanguageServer", dependencies: ["Yici", "YiciSyntax", "YiciFormatting"], swiftSettings: memorySafe),
    .target(
      name: "YiciGuide",
      dependencies: [
        "Yici", "YiciSyntax", "YiciSemantics", "YiciEvaluation", "YiciExplanation", "YiciReporting", "YiciCalendar",
      ], swiftSettings: memorySafe),
    // The web pages `yici serve` mounts: catalogue, guides, questionnaires, the clerk's
    // window and the reform report, rendered from Mustache templates.
    .target(
      name: "YiciWeb",
      dependencies: [
        "Yici", "YiciGuide", "YiciSemantics", "YiciReporting", "YiciExplanation", "YiciCalendar",
        .product(name: "Mustache", package: "swift-mustache"),
      ], swiftSettings: memorySafe),
    // The HTTP decision service (`yici serve`): routes, the swapped rule set, reload, limits,
    // auth and metrics, over the façade only.
    .target(
      name: "YiciServer",
      dependencies: [
        "Yici", "YiciGuide", "YiciStore", "YiciWeb", "YiciInterchange",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ], swiftSettings: memorySafe),
    // The decision log and the cases (issue 15): schema, migrations and queries behind the
    // `DecisionStore` protocol; SQLite through GRDB by default, PostgreSQL through postgres-nio.
    .target(
      name: "YiciStore",
      dependencies: [
        "Yici", "YiciSemantics", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
    // GNU readline's C interop (its globals and C callbacks), fenced like YiciInterchange.
    .target(name: "YiciReadline", dependencies: ["CReadline"]),
    .target(
      name: "YiciREPL",
      dependencies: [
        "Yici", "YiciSyntax", "YiciSemantics", "YiciEvaluation", "YiciExplanation", "YiciCalendar", "YiciInterchange",
        "YiciReadline",
      ], swiftSettings: memorySafe),
    .executableTarget(
      name: "yici",
      dependencies: [
        "Yici", "YiciREPL", "YiciLanguageServer", "YiciServer", "YiciCalendar", "YiciReporting", "YiciFormatting",
        "YiciTesting", "YiciGuide", "YiciStore", "YiciInterchange",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ], swiftSettings: memorySafe
    ),
    .executableTarget(
      name: "library-example", dependencies: ["Yici"], path: "examples/library", swiftSettings: memorySafe),
    // Helpers every test target shares (repository paths, golden files, the yici binary,
    // seeded random inputs, fixtures); a regular target so tests can import it, used by
    // tests only.
    .target(
      name: "YiciTestSupport", dependencies: ["Yici", "YiciSyntax", "YiciCalendar"], path: "Tests/YiciTestSupport"),
    .testTarget(
      name: "YiciSyntaxTests",
      dependencies: [
        "YiciSyntax", "YiciTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "YiciFormattingTests",
      dependencies: ["YiciFormatting", "YiciSyntax", "YiciTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "YiciCalendarTests",
      dependencies: [
        "YiciCalendar", "YiciTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "YiciLanguageServerTests", dependencies: ["YiciLanguageServer", "YiciTestSupport"],
      exclude: ["Transcripts", "Neovim"]),
    .testTarget(
      name: "YiciServerTests", dependencies: ["YiciServer", "Yici", "YiciStore", "YiciTestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(name: "YiciStoreTests", dependencies: ["YiciStore", "Yici", "YiciTestSupport"]),
    .testTarget(
      name: "YiciWebTests", dependencies: ["YiciWeb", "Yici", "YiciTestSupport"], exclude: ["Golden", "Browser"]),
    .testTarget(name: "YiciREPLTests", dependencies: ["YiciREPL", "YiciTestSupport"], exclude: ["Transcripts"]),
    .testTarget(
      name: "YiciExplanationTests", dependencies: ["YiciExplanation", "YiciSyntax", "YiciSemantics", "YiciTestSupport"]),
    // The fenced module's own tests: its codecs, memo keys and batch machinery.
    .testTarget(
      name: "YiciInterchangeTests",
      dependencies: [
        "Yici", "YiciInterchange", "YiciTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "YiciTests",
      dependencies: [
        "Yici", "YiciTesting", "YiciGuide", "YiciTestSupport", "YiciInterchange",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden"]
    ),
  ]
)
