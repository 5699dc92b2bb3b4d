import Foundation

/// Compares two JSON documents and lists where they differ, by path.
///
/// ```swift
/// JSONDiff.differences(expected: Data(#"{"a":1}"#.utf8), actual: Data(#"{"a":2}"#.utf8))
/// // [a: expected 1, got 2]
/// ```
public enum JSONDiff {
  /// The differences between two JSON texts; a text that is not JSON is one difference.
  public static func differences(expected: Data, actual: Data) -> [FixtureDifference] {
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
    compare(left, right, path: "", into: &out)
    return out
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
          out.append(FixtureDifference(path: sub, expected: render(lv), actual: "(absent)"))
        case (nil, let rv?):
          out.append(FixtureDifference(path: sub, expected: "(absent)", actual: render(rv)))
        default: break
        }
      }
    case (let l as [Any], let r as [Any]):
      for index in 0..<max(l.count, r.count) {
        let sub = "\(path)[\(index)]"
        if index >= l.count {
          out.append(FixtureDifference(path: sub, expected: "(absent)", actual: render(r[index])))
        } else if index >= r.count {
          out.append(FixtureDifference(path: sub, expected: render(l[index]), actual: "(absent)"))
        } else {
          compare(l[index], r[index], path: sub, into: &out)
        }
      }
    default:
      let lt = render(left)
      let rt = render(right)
      if lt != rt {
        out.append(
          FixtureDifference(path: path.isEmpty ? "(root)" : path, expected: lt, actual: rt))
      }
    }
  }

  private static func render(_ value: Any) -> String {
    if value is NSNull { return "null" }
    if let data = try? JSONSerialization.data(
      withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
    {
      let text = String(decoding: data, as: UTF8.self)
      return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
    return "\(value)"
  }
}
