import GraphStore

extension Literal {
    /// A short name of the literal's datatype (`string`, `integer`, `decimal`, `date`, `gYear`),
    /// the local name of its XML Schema datatype.
    public var datatypeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .date: "date"
        case .year: "gYear"
        }
    }

    /// The language tag of a string literal, if it has a well-formed one (`en`, `en-GB`).
    public var languageTag: String? {
        guard case .string(_, let language?) = self else { return nil }
        let parts = language.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.count <= 8,
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.count <= 8
                  && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return language
    }
}
