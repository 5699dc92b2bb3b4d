// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NewsExtract",
  products: [
    .library(name: "NewsExtract", targets: ["NewsExtract"]),
    .executable(name: "newsextract", targets: ["newsextract"]),
    .executable(name: "newsextract-bench", targets: ["newsextract-bench"]),
  ],
  targets: [
    .target(name: "NewsExtract"),
    .executableTarget(name: "newsextract", dependencies: ["NewsExtract"]),
    .executableTarget(
      name: "newsextract-bench",
      dependencies: ["NewsExtract"]
    ),
    .testTarget(name: "NewsExtractTests", dependencies: ["NewsExtract"]),
  ]
)
