import Foundation

/// Reads a file's bytes, turning every failure into a ``NewsExtractError`` that names the file.
///
/// ```swift
/// let data = try FileInput.read(URL(fileURLWithPath: "page.txt"))
/// ```
public enum FileInput {
  /// Reads the whole file at `url`.
  ///
  /// - Throws: ``NewsExtractError`` of kind `fileNotFound` or `unreadable`.
  public static func read(_ url: URL) throws(NewsExtractError) -> Data {
    let path = url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw NewsExtractError(.fileNotFound, subject: path, reason: "no such file; check the path")
    }
    if isDirectory.boolValue {
      throw NewsExtractError(
        .unreadable, subject: path, reason: "is a folder, not a text file; name the files inside it"
      )
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw NewsExtractError(
        .unreadable, subject: path, reason: "permission denied; check the file's permissions")
    }
    do {
      return try Data(contentsOf: url)
    } catch {
      throw NewsExtractError(
        .unreadable, subject: path, reason: "could not be read (\(error.localizedDescription))")
    }
  }
}
