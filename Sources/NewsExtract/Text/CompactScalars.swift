/// The Unicode scalars of a text, stored in the narrowest fixed width that holds them all:
/// one byte per scalar when every scalar is below U+0100, two when every scalar is in the
/// Basic Multilingual Plane (nearly all Chinese newspaper text), four otherwise.
///
/// It is a `RandomAccessCollection` with `Int` indices from 0, so parsers read it like an
/// array (`scalars[i]`, `scalars.count`, `scalars[a..<b]`) while a page of Chinese takes
/// half the memory of `[Unicode.Scalar]` and two thirds of its UTF-8 bytes.
///
/// ```swift
/// let scalars = CompactScalars("今日８版")
/// scalars.count       // 4
/// scalars[2]          // "８"
/// scalars.bytesPerScalar  // 2
/// ```
public struct CompactScalars: RandomAccessCollection, Sendable, Hashable {
  /// The backing store; the width is chosen once, when the text is built.
  enum Units: Sendable, Hashable {
    case narrow([UInt8])
    case wide([UInt16])
    case full([UInt32])
  }

  let units: Units

  /// The number of scalars (cached so that `count` and bounds checks need no switch).
  public let count: Int

  #if DEBUG
    /// Counts subscript reads in debug builds, so tests can assert linear work.
    private(set) var reads = ReadCounter()
  #endif

  /// How many scalars parsers have read through the subscript since this storage was
  /// made: the work counter the hardening tests compare across input sizes. `nil` in
  /// release builds, which do not count.
  ///
  /// ```swift
  /// let text = SourceText("约5公里")
  /// _ = NumericFactExtractor().extract(from: text, in: nil)
  /// text.scalars.readCount  // e.g. 9 in a debug build, nil in release
  /// ```
  public var readCount: Int? {
    #if DEBUG
      return reads.value
    #else
      return nil
    #endif
  }

  /// Two storages are equal when they hold the same scalars (the read counter is ignored).
  public static func == (lhs: CompactScalars, rhs: CompactScalars) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }

  /// Hashes the scalars (the read counter is ignored).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for scalar in self { hasher.combine(scalar.value) }
  }

  /// Creates the storage for the scalars of `string`.
  ///
  /// - Complexity: O(*n*): one pass over the UTF-8 bytes to choose the width, one to decode.
  public init(_ string: String) {
    var copy = string
    self = copy.withUTF8 { CompactScalars(utf8: $0, layout: UTF8Layout(utf8: $0)) }
  }

  /// Storage of two-byte units already decoded (every scalar in the Basic Multilingual Plane,
  /// some of them at U+0100 or above).
  init(wide units: [UInt16]) {
    self.units = .wide(units)
    count = units.count
  }

  /// One-byte storage of two-byte units that all lie below U+0100.
  init(narrowing units: [UInt16]) {
    self.units = .narrow(units.map { UInt8(truncatingIfNeeded: $0) })
    count = units.count
  }

  /// Decodes valid UTF-8 bytes (as a native `String` holds them) whose layout is known.
  init(utf8 bytes: UnsafeBufferPointer<UInt8>, layout: UTF8Layout) {
    if layout.widest < 0x100 {
      units = .narrow(CompactScalars.decode(bytes, count: layout.count, as: UInt8.self))
    } else if layout.widest < 0x10000 {
      units = .wide(CompactScalars.decode(bytes, count: layout.count, as: UInt16.self))
    } else {
      units = .full(CompactScalars.decode(bytes, count: layout.count, as: UInt32.self))
    }
    count = layout.count
  }

  /// Decodes `count` scalars from valid UTF-8 into units of one width. A truncated final
  /// sequence (impossible in a `String`) ends the decoding; unwritten units are zero.
  static func decode<Unit: FixedWidthInteger & UnsignedInteger>(
    _ bytes: UnsafeBufferPointer<UInt8>, count: Int, as: Unit.Type
  ) -> [Unit] {
    [Unit](unsafeUninitializedCapacity: count) { buffer, initialized in
      var input = 0
      var output = 0
      let end = bytes.count
      while input < end && output < count {
        let lead = UInt32(bytes[input])
        var value: UInt32
        // Three-byte sequences first: nearly every scalar of a Chinese page.
        if lead & 0xF0 == 0xE0 && input + 2 < end {
          value =
            (lead & 0x0F) << 12 | UInt32(bytes[input + 1] & 0x3F) << 6
            | UInt32(bytes[input + 2] & 0x3F)
          input += 3
        } else if lead < 0x80 {
          value = lead
          input += 1
        } else if lead < 0xE0 {
          guard input + 1 < end else { break }
          value = (lead & 0x1F) << 6 | UInt32(bytes[input + 1] & 0x3F)
          input += 2
        } else if lead < 0xF0 {
          guard input + 2 < end else { break }
          value =
            (lead & 0x0F) << 12 | UInt32(bytes[input + 1] & 0x3F) << 6
            | UInt32(bytes[input + 2] & 0x3F)
          input += 3
        } else {
          guard input + 3 < end else { break }
          value =
            (lead & 0x07) << 18 | UInt32(bytes[input + 1] & 0x3F) << 12
            | UInt32(bytes[input + 2] & 0x3F) << 6 | UInt32(bytes[input + 3] & 0x3F)
          input += 4
        }
        buffer[output] = Unit(truncatingIfNeeded: value)
        output += 1
      }
      // Only a truncated final sequence (impossible in valid UTF-8) leaves units unwritten.
      if output < count, let base = buffer.baseAddress {
        (base + output).initialize(repeating: 0, count: count - output)
      }
      initialized = count
    }
  }

  /// Creates the storage for a sequence of scalars.
  ///
  /// ```swift
  /// CompactScalars("a😀".unicodeScalars).bytesPerScalar  // 4
  /// ```
  ///
  /// - Complexity: O(*n*).
  public init<Scalars: Sequence>(_ scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    var widest: UInt32 = 0
    for scalar in scalars where scalar.value > widest { widest = scalar.value }
    self.init(scalars, widest: widest)
  }

  init<Scalars: Sequence>(_ scalars: Scalars, widest: UInt32)
  where Scalars.Element == Unicode.Scalar {
    let capacity = scalars.underestimatedCount
    if widest < 0x100 {
      var store: [UInt8] = []
      store.reserveCapacity(capacity)
      for scalar in scalars { store.append(UInt8(truncatingIfNeeded: scalar.value)) }
      units = .narrow(store)
      count = store.count
    } else if widest < 0x10000 {
      var store: [UInt16] = []
      store.reserveCapacity(capacity)
      for scalar in scalars { store.append(UInt16(truncatingIfNeeded: scalar.value)) }
      units = .wide(store)
      count = store.count
    } else {
      var store: [UInt32] = []
      store.reserveCapacity(capacity)
      for scalar in scalars { store.append(scalar.value) }
      units = .full(store)
      count = store.count
    }
  }

  /// How many bytes each scalar takes: 1, 2 or 4.
  public var bytesPerScalar: Int {
    switch units {
    case .narrow: return 1
    case .wide: return 2
    case .full: return 4
    }
  }

  /// The first index, always 0.
  public var startIndex: Int { 0 }

  /// The index after the last scalar, equal to ``count``.
  public var endIndex: Int { count }

  /// The scalar at `position`, which must be in `0..<count` (as for an array).
  @inline(__always)
  public subscript(position: Int) -> Unicode.Scalar {
    #if DEBUG
      reads.add()
    #endif
    switch units {
    case .narrow(let store): return Unicode.Scalar(store[position])
    case .wide(let store): return CompactScalars.scalar(UInt32(store[position]))
    case .full(let store): return CompactScalars.scalar(store[position])
    }
  }

  /// Turns a stored value back into a scalar. Every stored value was read from a valid
  /// `Unicode.Scalar` (or is the zero a truncated sequence leaves), so it is a valid scalar
  /// value and is reinterpreted without the validity test of `Unicode.Scalar.init(_:)`,
  /// which every read of every parser would otherwise pay (`Unicode.Scalar` is one `UInt32`;
  /// `CompactScalarsTests` checks the layout and the round trip).
  @inline(__always)
  static func scalar(_ value: UInt32) -> Unicode.Scalar {
    unsafeBitCast(value, to: Unicode.Scalar.self)
  }
}
