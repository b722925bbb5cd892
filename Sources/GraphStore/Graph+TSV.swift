extension Graph {
    /// Imports triples from tab-separated text: `subject TAB predicate TAB object [TAB confidence]`.
    ///
    /// An object matching `-?[0-9]+` is an integer literal, anything else an entity name. Blank
    /// lines and lines starting with `#` are skipped. A line with the wrong number of fields,
    /// an empty field or a confidence outside 0...1 is reported with its line number and the rest
    /// is imported. A confidence adds a source with rule `import.tsv` and no document. A triple
    /// `X type Person|Organisation|Place|Event` also sets X's entity type.
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    mutating func importTSV(buffer: UnsafeBufferPointer<UInt8>) -> ImportReport {
        importLines(buffer, bytesPerLine: 40) { graph, line throws(LineFailure) in
            try graph.addTSVLine(line)
        }
    }

    private mutating func addTSVLine(_ line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> Triple? {
        if line.isEmpty || line[0] == UInt8(ascii: "#") { return nil }
        // The ends of the first four fields (a tab, or the end of the line), kept in locals:
        // no array per line.
        var ends = (line.count, line.count, line.count, line.count)
        var fieldCount = 1
        for i in 0 ..< line.count where line[i] == 0x09 {
            switch fieldCount {
            case 1: ends.0 = i
            case 2: ends.1 = i
            case 3: ends.2 = i
            case 4: ends.3 = i
            default: break
            }
            fieldCount += 1
        }
        func field(_ k: Int) -> Range<Int> {
            switch k {
            case 0: 0 ..< ends.0
            case 1: ends.0 + 1 ..< max(ends.0 + 1, ends.1)
            case 2: ends.1 + 1 ..< max(ends.1 + 1, ends.2)
            default: ends.2 + 1 ..< max(ends.2 + 1, ends.3)
            }
        }
        guard fieldCount == 3 || fieldCount == 4 else {
            throw LineFailure(offset: fieldCount > 4 ? ends.3 : line.count,
                              message: "expected 3 or 4 tab-separated fields, found \(fieldCount)")
        }
        if let empty = (0 ..< fieldCount).first(where: { field($0).isEmpty }) {
            let names = ["subject", "predicate", "object", "confidence"]
            throw LineFailure(offset: field(empty).lowerBound, message: "empty \(names[empty])")
        }
        var confidence: Double?
        if fieldCount == 4 {
            let text = String(decoding: line[field(3)], as: UTF8.self)
            guard let value = Double(text), value >= 0, value <= 1 else {
                throw LineFailure(offset: field(3).lowerBound, message: "confidence '\(text)' is not a number in 0...1")
            }
            confidence = value
        }
        let objectBytes = UnsafeBufferPointer(rebasing: line[field(2)])
        let object: UInt32
        if Self.looksInteger(objectBytes) {
            guard let value = Self.integerValue(objectBytes) else {
                throw LineFailure(offset: field(2).lowerBound, message: "integer out of range")
            }
            object = Self.isCanonicalInteger(objectBytes)
                ? terms.intern(.integer, objectBytes) : terms.intern(.integer, String(value).utf8)
        } else {
            object = terms.intern(.entity, objectBytes)
        }
        let subject = terms.intern(.entity, UnsafeBufferPointer(rebasing: line[field(0)]))
        let predicateBytes = UnsafeBufferPointer(rebasing: line[field(1)])
        let predicate = terms.intern(.predicate, predicateBytes)
        if Self.isTypePredicate(predicateBytes), terms.kind(object) == .entity,
           let type = Self.entityType(className: objectBytes) {
            terms.refineType(subject, to: type)
        }
        let triple = Triple(TermID(rawValue: subject), TermID(rawValue: predicate), TermID(rawValue: object))
        if let confidence { addImportSource(triple, confidence: confidence, rule: "import.tsv") }
        return triple
    }

    /// Whether bytes matching `-?[0-9]+` are written as `String(value)` writes them: no `-0`
    /// and no leading zero.
    static func isCanonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
        return digits.first != UInt8(ascii: "0") || (digits.count == 1 && bytes.count == 1)
    }

    /// Whether bytes match `-?[0-9]+`.
    static func looksInteger<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The value of bytes matching `-?[0-9]+` that fit in `Int64`.
    static func integerValue<C: Collection<UInt8>>(_ bytes: C) -> Int64? {
        guard looksInteger(bytes) else { return nil }
        let negative = bytes.first == UInt8(ascii: "-")
        var value: Int64 = 0
        for digit in bytes.dropFirst(negative ? 1 : 0) {
            // Accumulated negatively so that Int64.min fits.
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.subtractingReportingOverflow(Int64(digit - 0x30))
            if overflow || overflow2 { return nil }
            value = next
        }
        if negative { return value }
        return value == .min ? nil : -value
    }
}
