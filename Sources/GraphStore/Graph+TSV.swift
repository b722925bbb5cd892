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
        var fields: [Range<Int>] = []
        var start = 0
        for i in 0 ... line.count where i == line.count || line[i] == 0x09 {
            fields.append(start ..< i)
            start = i + 1
        }
        guard fields.count == 3 || fields.count == 4 else {
            throw LineFailure(offset: fields.count > 4 ? fields[4].lowerBound - 1 : line.count,
                              message: "expected 3 or 4 tab-separated fields, found \(fields.count)")
        }
        if let empty = fields.firstIndex(where: { $0.isEmpty }) {
            let names = ["subject", "predicate", "object", "confidence"]
            throw LineFailure(offset: fields[empty].lowerBound, message: "empty \(names[empty])")
        }
        var confidence: Double?
        if fields.count == 4 {
            let text = String(decoding: line[fields[3]], as: UTF8.self)
            guard let value = Double(text), value >= 0, value <= 1 else {
                throw LineFailure(offset: fields[3].lowerBound, message: "confidence '\(text)' is not a number in 0...1")
            }
            confidence = value
        }
        let objectBytes = line[fields[2]]
        let object: UInt32
        if let value = Self.integerValue(objectBytes) {
            object = terms.intern(.integer, String(value).utf8)
        } else if Self.looksInteger(objectBytes) {
            throw LineFailure(offset: fields[2].lowerBound, message: "integer out of range")
        } else {
            object = terms.intern(.entity, objectBytes)
        }
        let subject = terms.intern(.entity, line[fields[0]])
        let predicateBytes = line[fields[1]]
        let predicate = terms.intern(.predicate, predicateBytes)
        if Self.isTypePredicate(predicateBytes), terms.kind(object) == .entity,
           let type = Self.entityType(className: objectBytes) {
            terms.refineType(subject, to: type)
        }
        let triple = Triple(TermID(rawValue: subject), TermID(rawValue: predicate), TermID(rawValue: object))
        if let confidence { addImportSource(triple, confidence: confidence, rule: "import.tsv") }
        return triple
    }

    /// Whether bytes match `-?[0-9]+`.
    static func looksInteger<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The value of bytes matching `-?[0-9]+` that fit in `Int64`.
    static func integerValue<C: Collection<UInt8>>(_ bytes: C) -> Int64? {
        guard looksInteger(bytes) else { return nil }
        return Int64(String(decoding: bytes, as: UTF8.self))
    }
}
