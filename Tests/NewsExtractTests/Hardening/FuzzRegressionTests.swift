import Foundation
import NewsExtract
import Testing

/// Replays every input kept in `Fuzz/regressions/` (findings of `Fuzz/run.sh`, and the
/// hand-made seeds kept beside them): each must give a sound page or a clear error.
@Suite struct FuzzRegressionTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent("Fuzz/regressions")

  static let inputs: [HostileInput] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map { HostileInput(name, $0) }
    }
  }()

  @Test func thereAreRegressionInputs() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs)
  func replays(_ input: HostileInput) {
    let result = extractChecked(input.bytes)
    #expect(result.page != nil || result.error?.kind == .undecodable)
  }
}
