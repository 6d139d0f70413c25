// swift-tools-version:6.0
import PackageDescription

/// diplo: diplomatic-event timelines from news articles.
///
/// Layers, data flowing one way: model ← extraction/ingest ← store ← timeline ← CLI.
/// Language knowledge lives in `Knowledge/` and the schema in `Migrations/`, both read at run time.
let package = Package(
    name: "diplo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "diplo", targets: ["diplo"]),
        .executable(name: "diplo-bench", targets: ["DiploBench"]),
        .library(name: "DiploModel", targets: ["DiploModel"]),
        .library(name: "DiploExtraction", targets: ["DiploExtraction"]),
        .library(name: "DiploIngest", targets: ["DiploIngest"]),
        .library(name: "DiploStore", targets: ["DiploStore"]),
        .library(name: "DiploTimeline", targets: ["DiploTimeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .target(name: "DiploModel"),
        .target(name: "DiploExtraction", dependencies: ["DiploModel"]),
        .target(name: "DiploIngest", dependencies: ["DiploModel"]),
        .target(name: "DiploStore", dependencies: ["DiploModel", .product(name: "GRDB", package: "GRDB.swift"),
                                                 .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "DiploTimeline", dependencies: ["DiploModel", "DiploStore", "DiploExtraction"]),
        .executableTarget(name: "diplo", dependencies: [
            "DiploModel", "DiploExtraction", "DiploIngest", "DiploStore", "DiploTimeline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make bench`: the performance benchmark (synthetic corpus, extraction, import, queries, exports).
        .executableTarget(name: "DiploBench", dependencies: [
            "DiploModel", "DiploExtraction", "DiploIngest", "DiploStore", "DiploTimeline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DiploModelTests", dependencies: ["DiploModel"]),
        .testTarget(name: "DiploExtractionTests", dependencies: ["DiploExtraction", "DiploIngest"]),
        .testTarget(name: "DiploIngestTests", dependencies: ["DiploIngest"]),
        .testTarget(name: "DiploStoreTests", dependencies: ["DiploStore", "DiploExtraction", "DiploIngest"]),
        .testTarget(name: "DiploTimelineTests", dependencies: ["DiploTimeline", "DiploStore", "DiploExtraction", "DiploIngest"]),
        .testTarget(name: "DiploCLITests", dependencies: ["diplo", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)

// `make fuzz` only (DIPLO_FUZZ=1, its own scratch folder, -sanitize=fuzzer,address): a libFuzzer
// target over the article pipeline. Absent from normal builds, so `make test` never compiles it.
if Context.environment["DIPLO_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "diplo-fuzz", dependencies: ["DiploModel", "DiploIngest", "DiploExtraction"],
                                             path: "Tests/Fuzz/Harness"))
}
