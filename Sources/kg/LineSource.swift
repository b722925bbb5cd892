import Foundation

/// Reads a file or a buffer line by line in bounded memory: a line longer than the limit is
/// reported as too long and skipped without being held whole.
struct LineSource {
    /// One line: its 1-based number and its bytes (without the newline), or too long.
    struct Line {
        enum Content { case bytes([UInt8]), tooLong }
        var number: Int
        var content: Content
    }

    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var exhausted: Bool
    private var lineNumber = 0
    private let maxLineBytes: Int

    /// Lines of an open file, read in 1 MB chunks.
    init(handle: FileHandle, maxLineBytes: Int) {
        self.handle = handle
        buffer = []
        exhausted = false
        self.maxLineBytes = maxLineBytes
    }

    /// Lines of bytes already in memory.
    init(data: Data, maxLineBytes: Int) {
        handle = nil
        buffer = Array(data)
        exhausted = true
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or `nil` at the end of the input.
    mutating func next() -> Line? {
        var line: [UInt8] = []
        var tooLong = false
        while true {
            if position == buffer.count {
                if !refill() {
                    if line.isEmpty && !tooLong { return nil }
                    lineNumber += 1
                    return Line(number: lineNumber, content: tooLong ? .tooLong : .bytes(line))
                }
            }
            let end = buffer[position...].firstIndex(of: 0x0A) ?? buffer.count
            if !tooLong {
                line.append(contentsOf: buffer[position..<end])
                if line.count > maxLineBytes {
                    tooLong = true
                    line = []
                }
            }
            let foundNewline = end < buffer.count
            position = foundNewline ? end + 1 : end
            if foundNewline {
                lineNumber += 1
                return Line(number: lineNumber, content: tooLong ? .tooLong : .bytes(line))
            }
        }
    }

    private mutating func refill() -> Bool {
        guard !exhausted, let handle else { return false }
        let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
        guard let chunk, !chunk.isEmpty else {
            exhausted = true
            return false
        }
        buffer = Array(chunk)
        position = 0
        return true
    }
}
