#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Graph {
    /// Imports triples in `format` from bytes, reporting bad lines and importing the rest.
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    @discardableResult
    public mutating func importTriples(_ bytes: [UInt8], format: TripleFormat) -> ImportReport {
        bytes.withUnsafeBufferPointer { importTriples(buffer: $0, format: format) }
    }

    /// Imports triples in `format` from the file at `path` (mapped, not copied).
    /// - Throws: ``GraphFileError/cannotRead(path:reason:)`` when the file cannot be read.
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    @discardableResult
    public mutating func importTriples(contentsOfFile path: String, format: TripleFormat) throws(GraphFileError) -> ImportReport {
        let file = try MappedFile(path: path)
        return withExtendedLifetime(file) { importTriples(buffer: file.bytes.bindMemory(to: UInt8.self), format: format) }
    }

    /// Imports tab-separated triples from a string (see ``importTSV(buffer:)``).
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    @discardableResult
    public mutating func importTSV(text: String) -> ImportReport { importTriples(Array(text.utf8), format: .tsv) }

    /// Imports N-Triples from a string (see ``importNTriples(buffer:)``).
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    @discardableResult
    public mutating func importNTriples(text: String) -> ImportReport { importTriples(Array(text.utf8), format: .nTriples) }

    private mutating func importTriples(buffer: UnsafeBufferPointer<UInt8>, format: TripleFormat) -> ImportReport {
        switch format {
        case .tsv: importTSV(buffer: buffer)
        case .nTriples: importNTriples(buffer: buffer)
        }
    }

    /// Calls `body` with each line of `buffer` (without its `\n` or `\r\n`) and its 1-based
    /// number, skipping a UTF-8 byte order mark at the start.
    static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>,
                            _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        guard let base = buffer.baseAddress else { return }
        while start < buffer.count {
            number += 1
            let end = memchr(base + start, 0x0A, buffer.count - start).map { UnsafeRawPointer(base).distance(to: $0) }
                ?? buffer.count
            var last = end
            if last > start, buffer[last - 1] == 0x0D { last -= 1 }
            body(number, UnsafeBufferPointer(rebasing: buffer[start ..< last]))
            start = end + 1
        }
    }

    /// The 1-based character column of byte `offset` in `line`.
    static func column(of offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        line.prefix(max(0, min(offset, line.count))).reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// The entity type named by the object of a `type` triple (`Person`, `Organisation`, …),
    /// matched with ASCII case folded.
    static func entityType<C: Collection<UInt8>>(className bytes: C) -> EntityType? {
        func named(_ name: StaticString) -> Bool {
            bytes.count == name.utf8CodeUnitCount
                && zip(bytes, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
                    .allSatisfy { NameHash.asciiLower($0) == $1 }
        }
        if named("person") { return .person }
        if named("organisation") || named("organization") { return .organization }
        if named("place") || named("location") { return .place }
        if named("event") { return .event }
        return nil
    }

    /// Whether predicate bytes are the type predicate `type`.
    static func isTypePredicate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { equal(bytes, "type") }

    /// Whether `bytes` are exactly the UTF-8 of `text` (a length check, then `memcmp`).
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        return memcmp(base, text.utf8Start, bytes.count) == 0
    }

    /// Imports a line-based format: `parse` turns one line into a triple (`nil` to skip it) or
    /// throws where it is wrong; the triples are merged into the indexes in one sorted batch.
    mutating func importLines(_ buffer: UnsafeBufferPointer<UInt8>, bytesPerLine: Int,
                              _ parse: (inout Graph, UnsafeBufferPointer<UInt8>) throws(LineFailure) -> Triple?) -> ImportReport {
        var report = ImportReport()
        var batch: [Triple] = []
        batch.reserveCapacity(buffer.count / bytesPerLine)
        Self.forEachLine(buffer) { number, line in
            report.lines = number
            do throws(LineFailure) {
                if let triple = try parse(&self, line) { batch.append(triple) }
            } catch {
                report.record(ImportIssue(line: number, column: Self.column(of: error.offset, in: line), message: error.message))
            }
        }
        commit()
        report.triplesRead = batch.count
        report.newTriples = mergeIntoIndexes(&batch)
        sources.commit()
        return report
    }

    /// Records the source of an imported triple that came with a confidence.
    mutating func addImportSource(_ triple: Triple, confidence: Double, rule: String) {
        sources.append(SourceTable.Row(
            triple: Permutation.spo.key(triple), document: SourceTable.noDocument, sentence: 0, span: 0 ..< 0,
            rule: rule, confidence: Float(confidence), surface: "", time: nil, place: nil, flags: 0))
    }
}
