// swift-tools-version:6.1
// libFuzzer targets for kg (issue 7). A package of its own so the root package's `swift build`
// and `swift test` never build it. Build and run with `scripts/reliability/fuzz.sh`; see
// docs/RELIABILITY.md. Each executable's `@main` hands over to libFuzzer's driver
// (`LLVMFuzzerRunDriver`), which calls the target's `LLVMFuzzerTestOneInput`; so every target
// must be built with `-Xswiftc -sanitize=fuzzer,address` (the driver is in libFuzzer's runtime).
import PackageDescription

let package = Package(
    name: "kgFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "kg", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "GraphStore", package: "kg")]),
        .executableTarget(name: "FuzzQuery", dependencies: [
            "FuzzSupport", .product(name: "GraphQuery", package: "kg"), .product(name: "GraphStore", package: "kg"),
        ]),
        .executableTarget(name: "FuzzScript", dependencies: [
            "FuzzSupport", .product(name: "GraphQuery", package: "kg"), .product(name: "GraphStore", package: "kg"),
        ]),
        .executableTarget(name: "FuzzGraphFile", dependencies: ["FuzzSupport", .product(name: "GraphStore", package: "kg")]),
        .executableTarget(name: "FuzzImport", dependencies: ["FuzzSupport", .product(name: "GraphStore", package: "kg")]),
        .executableTarget(name: "FuzzNLP", dependencies: [
            "FuzzSupport", .product(name: "Language", package: "kg"), .product(name: "Extraction", package: "kg"),
            .product(name: "GraphStore", package: "kg"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
