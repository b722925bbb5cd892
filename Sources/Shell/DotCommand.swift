/// One dot-command: its name, help and argument completion, and what it does. The table of
/// them (``DotCommand/all``) drives dispatch, `.help` and Tab completion alike.
struct DotCommand: Sendable {
    /// What Tab offers for a command's arguments.
    enum ArgumentCompletion: Sendable, Equatable {
        /// Nothing.
        case none
        /// File and directory paths.
        case path
        /// One of a fixed set of words.
        case choices([String])
        /// Entity names from the graph.
        case entity
        /// Dot-command names.
        case command
    }

    /// What the shell does after a command.
    enum Outcome: Sendable, Equatable {
        /// Go on reading.
        case proceed
        /// Leave the shell with status 0.
        case exit
    }

    /// A command as typed: its arguments split like a shell would (quotes group words) and
    /// the raw text after the command name.
    struct Invocation: Sendable, Equatable {
        /// The arguments.
        var arguments: [String]
        /// Everything after the command name, trimmed.
        var rest: String
        /// The column of the line where ``rest`` starts, from 1.
        var restColumn: Int = 1
    }

    /// The name without the dot (`mode`).
    let name: String
    /// Other names that run the same command (`exit` for `quit`).
    var aliases: [String] = []
    /// The arguments in help notation (`FILE [ENTITY [DEPTH]]`).
    var usage: String = ""
    /// One line for the `.help` list.
    let summary: String
    /// The longer text for `.help NAME`.
    var details: String = ""
    /// Example lines for `.help NAME`.
    var examples: [String] = []
    /// How many arguments it takes.
    var arity: ClosedRange<Int> = 0...0
    /// What Tab offers for each argument; the last entry serves the arguments after it.
    var completion: [ArgumentCompletion] = [.none]
    /// Runs the command.
    let run: @Sendable (ShellSession, Invocation) throws -> Outcome

    /// The command with this name or alias.
    static func find(_ name: String, in commands: [DotCommand]) -> DotCommand? {
        commands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// What Tab offers for the argument at `index` (from 0): nothing past the last argument.
    func completion(forArgument index: Int) -> ArgumentCompletion {
        guard index < arity.upperBound, let last = completion.last else { return .none }
        return index < completion.count ? completion[index] : last
    }

    /// The usage line: `.name ARGS`.
    var synopsis: String { usage.isEmpty ? "." + name : "." + name + " " + usage }

    /// Splits a dot-command line (`.dot "out file.svg" Ukraine 2`) into its name and invocation.
    /// Double quotes group words and take `\"` and `\\`; single quotes group words literally.
    static func parse(_ line: String) throws(StatementError) -> (name: String, invocation: Invocation) {
        let body = line.drop { $0 == " " || $0 == "\t" }.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let afterName = body.dropFirst(name.count)
        let rest = afterName.trimmingWhitespace()
        let restColumn = line.count - afterName.count + afterName.prefix { $0.isWhitespace }.count + 1
        var arguments: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in rest {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if open == "\"" && character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { arguments.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped { throw StatementError("unterminated quote in .\(name) arguments") }
        if inWord { arguments.append(current) }
        return (name, Invocation(arguments: arguments, rest: rest, restColumn: restColumn))
    }
}

extension Substring {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
