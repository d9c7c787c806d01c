// swift-tools-version: 6.1
// Benchmarks for Yici, kept in their own package so the main build and CI stay lean.
//
//   cd Benchmarks && swift package --disable-sandbox benchmark     (release build)
import PackageDescription

let package = Package(
  name: "YiciBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "YiciBenchmarks",
      dependencies: [
        .product(name: "Yici", package: "main"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/YiciBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
