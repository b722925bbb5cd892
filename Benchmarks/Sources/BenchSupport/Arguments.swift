/// A minimal command-line reader: positional words and `--name value` options.
public struct Arguments: Sendable {
    /// Words that are not options, in order.
    public private(set) var positional: [String] = []
    private var options: [String: String] = [:]

    /// Splits `words` (without the program name); `flags` are options that take no value.
    public init(_ words: [String], flags: Set<String> = []) throws(UsageError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2))
                if flags.contains(name) {
                    options[name] = "true"
                } else {
                    guard index + 1 < words.count else { throw UsageError(message: "option \(word) needs a value") }
                    index += 1
                    options[name] = words[index]
                }
            } else {
                positional.append(word)
            }
            index += 1
        }
    }

    /// The value of `--name`, if given.
    public func value(_ name: String) -> String? { options[name] }

    /// Whether the flag `--name` was given.
    public func flag(_ name: String) -> Bool { options[name] != nil }

    /// The integer value of `--name`, or `fallback` when absent.
    public func integer(_ name: String, default fallback: Int) throws(UsageError) -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text), value > 0 else { throw UsageError(message: "--\(name) needs a positive integer, not '\(text)'") }
        return value
    }
}

/// A command line that cannot be used.
public struct UsageError: Error, Sendable {
    /// What is wrong.
    public var message: String

    /// Makes an error with `message`.
    public init(message: String) { self.message = message }
}
