import Foundation

/// Compares two JSON documents and lists where they differ, field by field, by path.
///
/// Objects are compared key by key. Arrays are aligned first (longest common
/// subsequence of their elements), so one fact missing from the middle of a list is one
/// `missing` line, not a cascade of changes in every later element; an element replaced
/// in place is compared field by field. Paths use the expected document's index for
/// changed and missing elements and the actual document's index for unexpected ones.
///
/// ```swift
/// JSONDiff.differences(
///   expected: Data(#"{"a":1,"b":[1,2]}"#.utf8), actual: Data(#"{"a":2,"b":[2]}"#.utf8))
/// // a: expected 1, got 2
/// // b[0]: missing 1
/// ```
public enum JSONDiff {
  /// Arrays whose element pairs exceed this are compared index by index instead of aligned.
  static let alignmentLimit = 250_000

  /// The differences between two JSON texts; a text that is not JSON is one difference.
  ///
  /// - Complexity: O(*n*) for objects; O(*a* · *b*) for two arrays of *a* and *b* elements
  ///   (index by index above 250,000 element pairs).
  ///
  /// - Parameters:
  ///   - expected: The expected JSON text.
  ///   - actual: The actual JSON text.
  ///   - ignoredRootKeys: Keys of the top-level object that are not compared
  ///     (``FixtureSuite`` ignores `source`, which depends on where the fixture lies).
  public static func differences(
    expected: Data, actual: Data, ignoredRootKeys: Set<String> = []
  ) -> [FixtureDifference] {
    let options: JSONSerialization.ReadingOptions = [.fragmentsAllowed]
    guard let left = try? JSONSerialization.jsonObject(with: expected, options: options) else {
      return [
        FixtureDifference(path: "(expected)", expected: "valid JSON", actual: "unparsable JSON")
      ]
    }
    guard let right = try? JSONSerialization.jsonObject(with: actual, options: options) else {
      return [
        FixtureDifference(path: "(actual)", expected: "valid JSON", actual: "unparsable JSON")
      ]
    }
    var out: [FixtureDifference] = []
    compare(
      dropping(ignoredRootKeys, from: left), dropping(ignoredRootKeys, from: right), path: "",
      into: &out)
    return out
  }

  private static func dropping(_ keys: Set<String>, from value: Any) -> Any {
    guard !keys.isEmpty, var object = value as? [String: Any] else { return value }
    for key in keys { object[key] = nil }
    return object
  }

  private static func compare(
    _ left: Any, _ right: Any, path: String, into out: inout [FixtureDifference]
  ) {
    switch (left, right) {
    case (let l as [String: Any], let r as [String: Any]):
      for key in Set(l.keys).union(r.keys).sorted() {
        let sub = path.isEmpty ? key : "\(path).\(key)"
        switch (l[key], r[key]) {
        case (let lv?, let rv?): compare(lv, rv, path: sub, into: &out)
        case (let lv?, nil):
          out.append(FixtureDifference(path: sub, expected: render(lv), actual: absent))
        case (nil, let rv?):
          out.append(FixtureDifference(path: sub, expected: absent, actual: render(rv)))
        default: break
        }
      }
    case (let l as [Any], let r as [Any]):
      compareArrays(l, r, path: path, into: &out)
    default:
      let lt = render(left, limit: nil)
      let rt = render(right, limit: nil)
      if lt != rt {
        out.append(
          FixtureDifference(
            path: path.isEmpty ? "(root)" : path, expected: shorten(lt), actual: shorten(rt)))
      }
    }
  }

  /// Aligns two arrays on their equal elements, then reports each gap: elements replaced
  /// in place are compared field by field, the rest are missing or unexpected.
  private static func compareArrays(
    _ left: [Any], _ right: [Any], path: String, into out: inout [FixtureDifference]
  ) {
    let leftKeys = left.map { render($0, limit: nil) }
    let rightKeys = right.map { render($0, limit: nil) }
    let pairs =
      left.count * right.count <= alignmentLimit
      ? commonSubsequence(leftKeys, rightKeys)
      : (0..<min(left.count, right.count)).filter { leftKeys[$0] == rightKeys[$0] }.map { ($0, $0) }
    var i = 0
    var j = 0
    for (matchLeft, matchRight) in pairs + [(left.count, right.count)] {
      // The gap left[i..<matchLeft] against right[j..<matchRight].
      let replaced = min(matchLeft - i, matchRight - j)
      for k in 0..<replaced {
        compare(left[i + k], right[j + k], path: "\(path)[\(i + k)]", into: &out)
      }
      for k in (i + replaced)..<matchLeft {
        out.append(
          FixtureDifference(path: "\(path)[\(k)]", expected: render(left[k]), actual: absent))
      }
      for k in (j + replaced)..<matchRight {
        out.append(
          FixtureDifference(path: "\(path)[\(k)]", expected: absent, actual: render(right[k])))
      }
      i = matchLeft + 1
      j = matchRight + 1
    }
  }

  /// Index pairs of a longest common subsequence of two lists, in order.
  static func commonSubsequence(_ left: [String], _ right: [String]) -> [(Int, Int)] {
    let n = left.count
    let m = right.count
    guard n > 0, m > 0 else { return [] }
    // lengths[i][j]: LCS length of left[i...] and right[j...], row-major in one array.
    var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * (m + 1) + j] =
          left[i] == right[j]
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < n && j < m {
      if left[i] == right[j] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  /// The marker for a value one side does not have.
  static let absent = FixtureDifference.absent

  /// Compact JSON with sorted keys, cut to `limit` characters when one is given.
  static func render(_ value: Any, limit: Int? = 160) -> String {
    if value is NSNull { return "null" }
    let text: String
    if let data = try? JSONSerialization.data(
      withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
    {
      text = String(decoding: data, as: UTF8.self)
    } else {
      text = "\(value)"
    }
    guard let limit else { return text }
    return text.count > limit ? String(text.prefix(limit)) + "…" : text
  }

  private static func shorten(_ text: String) -> String {
    text.count > 160 ? String(text.prefix(160)) + "…" : text
  }
}
