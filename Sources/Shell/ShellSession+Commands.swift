import Foundation
import GraphExport

/// The dot-commands' work; ``DotCommand/all`` points here.
extension ShellSession {
    /// Most nested `.read` files.
    static let maxReadDepth = 16

    func help(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        if let topic = invocation.arguments.first {
            let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
            guard let command = DotCommand.find(name, in: commands) else {
                throw StatementError(unknownCommandMessage(name))
            }
            var text = command.synopsis + "\n  " + command.summary + ".\n"
            if !command.details.isEmpty { text += "\n" + Wording.wrapped(command.details) + "\n" }
            if !command.aliases.isEmpty { text += "\n  Also: " + command.aliases.map { "." + $0 }.joined(separator: ", ") + "\n" }
            if !command.examples.isEmpty {
                text += "\nExamples:\n" + command.examples.map { "  " + $0 + "\n" }.joined()
            }
            screen.write(text)
            return .proceed
        }
        let width = commands.map { DisplayWidth.of($0.synopsis) }.max() ?? 0
        var text = "Type a query and press Enter; an unfinished query continues on the next line.\n"
            + "Tab completes, Up recalls, Ctrl-C cancels, Ctrl-D leaves.\n\n"
        for command in commands {
            text += DisplayWidth.padded(command.synopsis, to: width) + "  " + command.summary + "\n"
        }
        text += "\n.help COMMAND shows details and examples.\n"
        screen.write(text)
        return .proceed
    }

    func read(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        guard readDepth < Self.maxReadDepth else {
            throw StatementError(".read files nested more than \(Self.maxReadDepth) deep")
        }
        let path = Self.expandingTilde(invocation.arguments[0])
        let lines = try Self.lines(ofFile: path)
        readDepth += 1
        defer { readDepth -= 1 }
        let flow = consume(PlainLineReader(lines: lines), source: Source(origin: path, interactive: false, echo: false))
        return flow == .quit ? .exit : .proceed
    }

    func mode(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        guard let name = invocation.arguments.first else {
            screen.write("current mode: \(renderer.mode.rawValue)\n")
            return .proceed
        }
        guard let mode = OutputMode(rawValue: name.lowercased()) else {
            let names = OutputMode.allCases.map(\.rawValue)
            var message = "unknown mode \"\(name)\"; choose one of " + names.joined(separator: ", ")
            if let close = TypoDistance.suggestion(for: name, among: names) { message += " (did you mean \"\(close)\"?)" }
            throw StatementError(message)
        }
        renderer.mode = mode
        return .proceed
    }

    func output(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        guard let path = invocation.arguments.first else {
            results = screen
            return .proceed
        }
        results = try FileDescriptorOutput(creating: Self.expandingTilde(path))
        return .proceed
    }

    func timer(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        timerOn = try Self.onOff(invocation.arguments[0])
        return .proceed
    }

    func bail(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        bail = try Self.onOff(invocation.arguments[0])
        return .proceed
    }

    func maxRows(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        guard let rows = Int(invocation.arguments[0]), rows >= 0 else {
            throw StatementError("expected a row count (0 or more), got \"\(invocation.arguments[0])\"")
        }
        renderer.maxRows = rows
        return .proceed
    }

    func stats(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        show(try engine.stats())
        return .proceed
    }

    func entities(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        show(try engine.entities(matching: invocation.arguments.first))
        return .proceed
    }

    func predicates(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        show(try engine.predicates(matching: invocation.arguments.first))
        return .proceed
    }

    func why(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        guard let last = lastResult else { throw StatementError("no result yet: run a query, then .why") }
        guard !last.facts.isEmpty else { throw StatementError("the last result matched no facts") }
        show(try engine.why(last.facts))
        return .proceed
    }

    func explain(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        resetCancellation()
        defer { resetCancellation() }
        show(try engine.explain(ShellStatement(text: invocation.rest, column: invocation.restColumn), cancellation: cancellation))
        return .proceed
    }

    func dot(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        let arguments = invocation.arguments
        let graph: ExportGraph
        if arguments.count >= 2 {
            let depthText = arguments.count == 3 ? arguments[2] : "1"
            guard let depth = Int(depthText), (1...6).contains(depth) else {
                throw StatementError("expected a depth from 1 to 6, got \"\(depthText)\"")
            }
            graph = try engine.neighbourhood(of: arguments[1], depth: depth)
        } else {
            guard let last = lastResult else {
                throw StatementError("no result to draw: run a query first, or name an entity: .dot FILE ENTITY")
            }
            guard !last.facts.isEmpty else { throw StatementError("the last result matched no facts to draw") }
            graph = try engine.subgraph(last.facts)
        }
        let (text, report) = DOTExporter(options: .init(maxNodes: dotMaxNodes)).render(graph)
        for warning in report.warnings { errors.write("warning: \(warning)\n") }
        let path = Self.expandingTilde(arguments[0])
        let url = URL(fileURLWithPath: path)
        let pictureFormat = ["svg", "png"].first { $0 == url.pathExtension.lowercased() }
        let dotPath = pictureFormat == nil ? path : url.deletingPathExtension().path + ".dot"
        try Self.write(text, toFile: dotPath)
        var written = [dotPath]
        let counts = Wording.count(report.nodes, "node") + ", " + Wording.count(report.facts, "fact")
        if let graphviz = Graphviz.locate() {
            let picture = pictureFormat == nil ? url.deletingPathExtension().path + ".svg" : path
            try graphviz.render(dotFile: dotPath, format: pictureFormat ?? "svg", to: picture)
            written.append(picture)
        } else if pictureFormat != nil {
            throw StatementError("wrote \(dotPath) (\(counts)), but Graphviz `dot` is not installed to draw "
                + "\(path) (apt-get install graphviz)")
        }
        screen.write("wrote \(written.joined(separator: " and ")) (\(counts))\n")
        return .proceed
    }

    func ingest(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        resetCancellation()
        defer { resetCancellation() }
        screen.write(try engine.ingest(paths: invocation.arguments.map(Self.expandingTilde), cancellation: cancellation) + "\n")
        return .proceed
    }

    func save(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        screen.write(try engine.save(to: invocation.arguments.first.map(Self.expandingTilde)) + "\n")
        return .proceed
    }

    func open(_ invocation: DotCommand.Invocation) throws -> DotCommand.Outcome {
        screen.write(try engine.open(path: Self.expandingTilde(invocation.arguments[0])) + "\n")
        lastResult = nil
        return .proceed
    }

    /// A path with a leading `~/` turned into the home directory.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst()
    }

    /// `on` or `off` as a Bool.
    static func onOff(_ word: String) throws -> Bool {
        switch word.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: throw StatementError("expected on or off, got \"\(word)\"")
        }
    }

    /// The lines of a text file, or an error naming the file.
    static func lines(ofFile path: String) throws -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StatementError("cannot read \(path): \(Self.reason(error))")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Writes text to a file, or throws an error naming it.
    static func write(_ text: String, toFile path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StatementError("cannot write \(path): \(Self.reason(error))")
        }
    }

    /// The human part of a Foundation file error.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
