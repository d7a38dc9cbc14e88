// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "brief",
    products: [
        .library(name: "BriefKit", targets: ["BriefKit"]),
        .library(name: "BriefXML", targets: ["BriefXML"]),
        .library(name: "BriefArchive", targets: ["BriefArchive"]),
        .executable(name: "brief", targets: ["brief"]),
        .executable(name: "brief-bench", targets: ["brief-bench"]),
        .executable(name: "brief-fuzz", targets: ["brief-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The Swift face of libxml2: parsing, trees, validation and the XML writer. The only
        // module that imports CLibXML2, and in it only LibXML.swift and XMLTextWriter.swift.
        .target(name: "BriefXML", dependencies: ["CLibXML2"]),
        // The engine: reading, segmenting, ranking, extraction, the brief model and its renderers.
        // Yams reads the YAML front matter of plain-text articles.
        .target(name: "BriefKit", dependencies: ["BriefXML", "CPrefetch", .product(name: "Yams", package: "Yams")]),
        // A cache prefetch hint for the similarity search's scattered sums (header only).
        .target(name: "CPrefetch"),
        // The archive of daily briefs: lock, index page, Atom feed, SQLite full-text search.
        .target(
            name: "BriefArchive",
            dependencies: ["BriefKit", "BriefXML", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The allocator of the brief command: jemalloc (Debian: libjemalloc-dev), which takes
        // over malloc for the whole process, with its options compiled in. A run allocates and
        // frees millions of small arrays and strings on both cores; glibc's malloc spent a
        // tenth of the run in them and kept freed memory in per-thread arenas
        // (docs/benchmarks.md, "Issue 20, third round").
        .target(
            name: "BriefAllocator",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // The command line: options and commands only.
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefKit",
                "BriefXML",
                "BriefArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .target(name: "BriefAllocator", condition: .when(platforms: [.linux])),
            ]
        ),
        // Benchmarks: a synthetic corpus generator and timed runs of the release build.
        .target(name: "BriefBenchmarkKit"),
        .executableTarget(
            name: "brief-bench",
            dependencies: [
                "BriefBenchmarkKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer target over the whole text pipeline (Fuzz/run.sh builds it with
        // -sanitize=fuzzer); a normal build replays inputs given as arguments.
        .executableTarget(name: "brief-fuzz", dependencies: ["BriefKit", "BriefXML"]),
        .testTarget(name: "BriefKitTests", dependencies: ["BriefKit", "BriefXML", "BriefArchive", "BriefBenchmarkKit"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "BriefCLITests", dependencies: ["brief", "brief-fuzz"], exclude: ["Golden", "Fixtures"]),
    ]
)
