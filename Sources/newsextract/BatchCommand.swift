import Foundation
import NewsExtract

/// `newsextract --jsonl`: JSON Lines in, one result per line out, in input order, on every
/// core, in bounded memory (see ``BatchExtractor``).
enum BatchCommand {
  static func run(_ options: ExtractOptions) -> Int32 {
    let batch = BatchExtractor()
    let output = BufferedOutput()
    if options.inputs.isEmpty {
      batch.run(lineData: LineReader(fileDescriptor: 0), write: output.write)
    } else {
      batch.run(files: options.inputs, write: output.write)
    }
    output.flush()
    return 0
  }
}

/// Reads lines of raw bytes from a file descriptor in 1 MB chunks, without loading the
/// whole input; a final line without `\n` is returned too, and a trailing `\r` is removed.
struct LineReader: Sequence, IteratorProtocol {
  let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  init(fileDescriptor: Int32) {
    self.fileDescriptor = fileDescriptor
  }

  mutating func next() -> Data? {
    var searchFrom = start
    while true {
      if let newline = Self.firstNewline(in: buffer, from: searchFrom) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = Data(buffer[start..<end])
        start = newline + 1
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = Data(buffer[start..<end])
        start = buffer.count
        return line
      }
      // Drop consumed bytes, then read more after what is already searched.
      if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      searchFrom = buffer.count
      fill()
    }
  }

  /// The index of the first `\n` at or after `start`, found with `memchr`.
  static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress, start < bytes.count,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      else { return nil }
      return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }
  }

  private mutating func fill() {
    let chunk = 1 << 20
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    let got = buffer.withUnsafeMutableBytes { raw -> Int in
      guard let base = raw.baseAddress else { return 0 }
      while true {
        let result = read(fileDescriptor, base + old, chunk)
        if result < 0 && errno == EINTR { continue }
        return result
      }
    }
    buffer.removeSubrange((old + Swift.max(0, got))...)
    if got <= 0 { atEnd = true }
  }
}

/// Collects output and writes it to standard output in blocks of about 1 MB.
final class BufferedOutput {
  private var pending = Data()

  func write(_ text: String) {
    pending.append(contentsOf: text.utf8)
    if pending.count >= 1 << 20 { flush() }
  }

  func flush() {
    guard !pending.isEmpty else { return }
    FileHandle.standardOutput.write(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
