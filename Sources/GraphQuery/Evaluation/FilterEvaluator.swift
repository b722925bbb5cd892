import GraphStore

/// The numeric values of a snapshot's terms (integer, decimal and year literals), each looked up
/// once and kept across statements, dense by term id.
struct NumericTerms: Sendable {
    /// 0 when not looked up yet, 1 when `values[id]` holds the value, 2 when not numeric.
    private var states: [UInt8] = []
    private var values: [Double] = []

    /// The number of ids the table covers.
    var count: Int { states.count }

    /// The numeric value of term `id`, or nil when it is not a numeric literal.
    /// - Complexity: O(1) for a term met before; the first miss past the table grows it to
    ///   twice its size (amortised O(1) per id).
    @inline(__always)
    mutating func value(of id: TermID, in dataset: some QueryDataset) -> Double? {
        let index = Int(id.rawValue)
        if index < states.count {
            switch states[index] {
            case 1: return values[index]
            case 2: return nil
            default: break
            }
        } else {
            let size = max(index + 1, 2 * states.count, 256)
            var grownStates = [UInt8](repeating: 0, count: size)
            var grownValues = [Double](repeating: 0, count: size)
            grownStates.replaceSubrange(0 ..< states.count, with: states)
            grownValues.replaceSubrange(0 ..< values.count, with: values)
            states = grownStates
            values = grownValues
        }
        var value: Double?
        if case .literal(let literal)? = dataset.term(id) { value = FilterNumbers.numeric(literal) }
        states[index] = value == nil ? 2 : 1
        values[index] = value ?? 0
        return value
    }
}

/// The numeric reading of literals, shared by filters and their caches.
enum FilterNumbers {
    /// The numeric value of an integer, decimal or year literal.
    static func numeric(_ literal: Literal) -> Double? {
        switch literal {
        case .integer(let value): Double(value)
        case .year(let value): Double(value)
        case .decimal(let text): Double(text)
        case .string, .date: nil
        }
    }
}

/// A value met while evaluating a filter; SPARQL's type errors are `nil`.
enum FilterValue {
    case term(TermID)
    case name(String, [TermID])
    case number(Double)
    case text(String)
    case bool(Bool)
}

/// Evaluates compiled filters against rows with SPARQL's error semantics: an error (an unbound
/// variable, comparing an entity with a number) makes the filter false, `or` and `and` absorb an
/// error when the other side decides, and `not` of an error is an error.
final class FilterEvaluator<Dataset: QueryDataset> {
    let dataset: Dataset
    // The two caches are written on every row a filter tests. A statement owns its evaluator
    // and the writes never overlap (filling an entry reads only the dataset), so the runtime
    // exclusivity check a class's `var` gets on each access (a thread-local access set, about
    // 180 instructions per row in Q13) is turned off for them.

    /// Numeric values of terms, lent by the engine for one statement (kept across statements).
    @exclusivity(unchecked) var numbers: NumericTerms
    /// Display values of terms for text functions (`regex`, `contains`, `name`…), lent by the
    /// engine like `numbers`, so a name tested again is not decoded into a new `String`.
    @exclusivity(unchecked) var texts: DecodedTerms

    init(dataset: Dataset, numbers: NumericTerms = NumericTerms(), texts: DecodedTerms = DecodedTerms()) {
        self.dataset = dataset
        self.numbers = numbers
        self.texts = texts
    }

    /// The filter's effective boolean value; errors count as false.
    func holds(_ expression: CompiledExpression, values: [UInt32], facts: [Triple]) -> Bool {
        switch expression {
        case .numericTest(let slot, let op, let constant, let constantFirst):
            return numericTest(slot, op, constant, constantFirst, values) ?? false
        case .nameSearch(let slot, let needle, let ignoringCase):
            return nameSearch(slot, needle, ignoringCase, values) ?? false
        case .nameTest(let slot, let equal, let text, let ids):
            return nameTest(slot, equal, text, ids, values) ?? false
        default:
            return truth(expression, values, facts) ?? false
        }
    }

    /// Whether the value of `slot` contains `needle`: nil (an error) when unbound; searched in
    /// the stored bytes of an entity's name or a predicate's phrase when they are ASCII (then
    /// the bytes are the display text and lowercasing is ASCII folding), else in the display text.
    /// - Complexity: O(length of the name × length of `needle`).
    @inline(__always)
    func nameSearch(_ slot: Int, _ needle: [UInt8], _ ignoringCase: Bool, _ values: [UInt32]) -> Bool? {
        guard slot >= 0, slot < values.count, values[slot] != Row.unbound else { return nil }
        let id = TermID(rawValue: values[slot])
        var ascii = true
        let found = dataset.withName(of: id) { bytes in
            ascii = Self.isASCII(bytes)
            return ascii && Self.find(needle, in: bytes, foldingCase: ignoringCase)
        }
        if let found, ascii { return found }
        guard let text = text(of: .term(id)) else { return nil }
        return Self.find(needle, in: text, ignoringCase: ignoringCase)
    }

    /// `?v = name` (`equal`) or `?v != name`: nil (an error) when `?v` is unbound; an entity is
    /// compared by id with the name's entities `ids` (its kind read, no term decoded), anything
    /// else as the general comparison does.
    /// - Complexity: O(terms of the name) for an entity.
    @inline(__always)
    func nameTest(_ slot: Int, _ equal: Bool, _ text: String, _ ids: [TermID], _ values: [UInt32]) -> Bool? {
        guard slot >= 0, slot < values.count, values[slot] != Row.unbound else { return nil }
        let id = TermID(rawValue: values[slot])
        if dataset.kind(of: id) == .entity { return ids.contains(id) == equal }
        return compare(equal ? .equal : .notEqual, .term(id), .name(text, ids))
    }

    /// Whether every byte is ASCII.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    /// `?v op constant` (or `constant op ?v`): nil (an error) when `?v` is unbound or not
    /// numeric, as the general comparison gives.
    /// - Complexity: O(1) for a term met before.
    @inline(__always)
    func numericTest(_ slot: Int, _ op: FilterExpression.Comparison, _ constant: Double, _ constantFirst: Bool,
                             _ values: [UInt32]) -> Bool? {
        guard slot >= 0, slot < values.count, values[slot] != Row.unbound,
              let value = numericValue(of: TermID(rawValue: values[slot])) else { return nil }
        return Self.order(op, constantFirst ? Self.sign(constant, value) : Self.sign(value, constant))
    }

    private func truth(_ expression: CompiledExpression, _ values: [UInt32], _ facts: [Triple]) -> Bool? {
        switch expression {
        case .not(let inner):
            return truth(inner, values, facts).map { !$0 }
        case .and(let left, let right):
            let l = truth(left, values, facts), r = truth(right, values, facts)
            if l == false || r == false { return false }
            return l == true && r == true ? true : nil
        case .or(let left, let right):
            let l = truth(left, values, facts), r = truth(right, values, facts)
            if l == true || r == true { return true }
            return l == false && r == false ? false : nil
        default:
            guard let value = evaluate(expression, values, facts) else { return nil }
            return effectiveBoolean(value)
        }
    }

    private func effectiveBoolean(_ value: FilterValue) -> Bool? {
        switch value {
        case .bool(let flag): flag
        case .number(let number): number != 0 && !number.isNaN
        case .text(let text), .name(let text, _): !text.isEmpty
        case .term(let id):
            switch dataset.term(id) {
            case .literal(let literal): Self.numeric(literal).map { $0 != 0 } ?? !literal.lexicalForm.isEmpty
            default: nil
            }
        }
    }

    private func evaluate(_ expression: CompiledExpression, _ values: [UInt32], _ facts: [Triple]) -> FilterValue? {
        switch expression {
        case .variable(let slot):
            guard slot < values.count, values[slot] != Row.unbound else { return nil }
            return .term(TermID(rawValue: values[slot]))
        case .name(let text, let ids): return .name(text, ids)
        case .number(let number): return .number(number)
        case .not, .and, .or: return truth(expression, values, facts).map(FilterValue.bool)
        case .compare(let op, let left, let right):
            guard let l = evaluate(left, values, facts), let r = evaluate(right, values, facts) else { return nil }
            return compare(op, l, r).map(FilterValue.bool)
        case .regex(let argument, let regex):
            guard let value = evaluate(argument, values, facts), let text = text(of: value) else { return nil }
            return .bool(text.firstMatch(of: regex) != nil)
        case .substring(let argument, let needle, let ignoringCase):
            guard let value = evaluate(argument, values, facts), let text = text(of: value) else { return nil }
            return .bool(Self.find(needle, in: text, ignoringCase: ignoringCase))
        case .call(let function, let arguments):
            return call(function, arguments, values, facts)
        case .numericTest(let slot, let op, let constant, let constantFirst):
            return numericTest(slot, op, constant, constantFirst, values).map(FilterValue.bool)
        case .nameSearch(let slot, let needle, let ignoringCase):
            return nameSearch(slot, needle, ignoringCase, values).map(FilterValue.bool)
        case .nameTest(let slot, let equal, let text, let ids):
            return nameTest(slot, equal, text, ids, values).map(FilterValue.bool)
        }
    }

    private func call(_ function: FilterExpression.Function, _ arguments: [CompiledExpression],
                      _ values: [UInt32], _ facts: [Triple]) -> FilterValue? {
        let first = arguments.first
        switch function {
        case .bound:
            guard case .variable(let slot)? = first else { return .bool(true) }
            return .bool(slot < values.count && values[slot] != Row.unbound)
        case .confidence:
            guard !facts.isEmpty else { return nil }
            let best = facts.map { fact in dataset.provenance(of: fact).map(\.confidence).max() ?? 1 }
            return best.min().map(FilterValue.number)
        case .date:
            return facts.flatMap { dataset.provenance(of: $0).compactMap(\.documentDate) }.max().map(FilterValue.text)
        case .time:
            return facts.flatMap { dataset.provenance(of: $0) }.compactMap(\.time).first.map(FilterValue.text)
        case .place:
            return facts.flatMap { dataset.provenance(of: $0) }.compactMap(\.place).first.map(FilterValue.text)
        case .negated, .hedged, .future:
            guard !facts.isEmpty else { return nil }
            let flag: FactFlags = function == .negated ? .negated : (function == .hedged ? .hedged : .future)
            return .bool(facts.contains { dataset.provenance(of: $0).contains { $0.flags.contains(flag) } })
        case .type:
            guard let first, case .term(let id)? = evaluate(first, values, facts),
                  case .entity(_, let type)? = dataset.term(id) else { return nil }
            return .text(type.name)
        case .name:
            guard let first, let value = evaluate(first, values, facts) else { return nil }
            return text(of: value).map(FilterValue.text)
        case .contains, .startswith:
            guard arguments.count == 2,
                  let a = evaluate(arguments[0], values, facts).flatMap(text(of:)),
                  let b = evaluate(arguments[1], values, facts).flatMap(text(of:)) else { return nil }
            let haystack = a.lowercased(), needle = b.lowercased()
            return .bool(function == .contains ? Self.find(Array(needle.utf8), in: haystack)
                : haystack.utf8.starts(with: needle.utf8))
        case .regex:
            return nil
        }
    }

    /// Whether `needle` occurs in the UTF-8 of `text`. When `ignoringCase`, `needle` must be
    /// lowercase; ASCII text is compared with ASCII case folding, other text is lowercased first.
    static func find(_ needle: [UInt8], in text: String, ignoringCase: Bool = false) -> Bool {
        if needle.isEmpty { return true }
        var text = text
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        if ignoringCase, !ascii { return find(needle, in: text.lowercased()) }
        return text.withUTF8 { find(needle, in: $0, foldingCase: ignoringCase) }
    }

    /// Whether `needle` occurs in `bytes`; with `foldingCase`, ASCII capitals in `bytes` are
    /// read as lowercase (`needle` must be lowercase).
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, foldingCase fold: Bool) -> Bool {
        if needle.isEmpty { return true }
        guard bytes.count >= needle.count else { return false }
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 {
            fold && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            // A byte can fold to `first` only if it equals `first` in all but the case bit: that
            // cheap test screens each start before the exact one.
            let key = first | 0x20
            let last = bytes.count - needle.count
            var start = 0
            while start <= last {
                let byte = bytes[start]
                if byte | 0x20 == key, folded(byte) == first {
                    var offset = 1
                    while offset < needle.count, folded(bytes[start + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// The text of a value: a term's display text, a name, text or number.
    private func text(of value: FilterValue) -> String? {
        switch value {
        case .term(let id):
            switch texts.value(of: id.rawValue, in: dataset) {
            case .text: nil  // not a term of the dataset
            case let value: value.displayText
            }
        case .name(let text, _), .text(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool: nil
        }
    }

    /// The numeric value of an integer, decimal or year literal.
    static func numeric(_ literal: Literal) -> Double? { FilterNumbers.numeric(literal) }

    private func number(of value: FilterValue) -> Double? {
        switch value {
        case .number(let number): number
        case .term(let id):
            numericValue(of: id)
        default: nil
        }
    }

    /// - Complexity: O(1) for a term met before.
    @inline(__always)
    private func numericValue(of id: TermID) -> Double? {
        numbers.value(of: id, in: dataset)
    }

    private static func order(_ op: FilterExpression.Comparison, _ result: Int) -> Bool {
        switch op {
        case .equal: result == 0
        case .notEqual: result != 0
        case .less: result < 0
        case .lessOrEqual: result <= 0
        case .greater: result > 0
        case .greaterOrEqual: result >= 0
        }
    }

    private static func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

    private func compare(_ op: FilterExpression.Comparison, _ left: FilterValue, _ right: FilterValue) -> Bool? {
        if let a = number(of: left), let b = number(of: right) { return Self.order(op, Self.sign(a, b)) }
        let equality = op == .equal || op == .notEqual
        switch (left, right) {
        case (.term(let a), .term(let b)):
            if equality { return (a == b) == (op == .equal) }
            guard case .literal(let x)? = dataset.term(a), case .literal(let y)? = dataset.term(b),
                  Self.numeric(x) == nil, Self.numeric(y) == nil else { return nil }
            return Self.order(op, Self.sign(x.lexicalForm, y.lexicalForm))
        case (.term(let id), .name(let text, let ids)), (.name(let text, let ids), .term(let id)):
            let flipped: Bool
            if case .name = left { flipped = true } else { flipped = false }
            switch dataset.term(id) {
            case .entity?, .predicate?:
                guard equality else { return nil }
                let same = ids.contains(id) || (!isEntity(id) && NameIndex.normalize(dataset.term(id)?.displayText ?? "")
                    == NameIndex.normalize(text))
                return same == (op == .equal)
            case .literal(let literal)?:
                let result = Self.sign(literal.lexicalForm, text)
                return Self.order(op, flipped ? -result : result)
            case nil:
                return nil
            }
        case (.bool(let a), .bool(let b)):
            return equality ? (a == b) == (op == .equal) : nil
        case (.term, .number), (.number, .term), (.bool, _), (_, .bool):
            return nil
        default:
            guard let a = text(of: left)?.lowercased(), let b = text(of: right)?.lowercased() else { return nil }
            return Self.order(op, Self.sign(a, b))
        }
    }

    private func isEntity(_ id: TermID) -> Bool {
        if case .entity? = dataset.term(id) { return true }
        return false
    }
}
