// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kg",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "Language", targets: ["Language"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "GraphQuery", targets: ["GraphQuery"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
        .library(name: "Shell", targets: ["Shell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(name: "Language", resources: [.copy("Models")]),
        .target(name: "Extraction", dependencies: ["Language", "GraphStore"], resources: [.copy("Lexicons")]),
        .target(name: "GraphStore"),
        .target(name: "GraphQuery", dependencies: ["GraphStore"]),
        .target(name: "GraphExport", dependencies: ["GraphStore", "GraphQuery"]),
        .target(name: "Shell", dependencies: ["GraphStore", "GraphQuery", "GraphExport", "CReadline"]),
        .executableTarget(
            name: "kg",
            dependencies: [
                "Language", "Extraction", "GraphStore", "GraphQuery", "GraphExport", "Shell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LanguageTests", dependencies: ["Language"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Language", "GraphStore"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore"]),
        .testTarget(name: "GraphQueryTests", dependencies: ["GraphQuery", "GraphStore"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "GraphQuery", "GraphStore"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "GraphQuery", "GraphStore", "GraphExport"]),
        .testTarget(name: "kgTests", dependencies: ["kg"]),
    ],
    swiftLanguageModes: [.v6]
)
