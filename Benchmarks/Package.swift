// swift-tools-version:6.1
import PackageDescription

/// The graph engine's products every benchmark target uses.
let engine: [Target.Dependency] = [
    .product(name: "GraphStore", package: "kg"),
    .product(name: "GraphQuery", package: "kg"),
]

/// Benchmarks for the graph engine: a separate package so the project's own build and tests
/// never compile them. Build with `swift build -c release --package-path Benchmarks`.
let package = Package(
    name: "kg-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "kg", path: ".."),
    ],
    targets: [
        .target(name: "BenchSupport", dependencies: engine),
        .executableTarget(name: "kg-bench-server", dependencies: ["BenchSupport"] + engine),
        .executableTarget(name: "kg-bench", dependencies: ["BenchSupport"] + engine),
        .testTarget(name: "BenchmarksTests", dependencies: ["BenchSupport", "kg-bench-server"] + engine),
    ],
    swiftLanguageModes: [.v6]
)
