import Foundation

/// The Graphviz `dot` program, found on PATH and run with an argument array (never a shell).
struct Graphviz {
    /// The full path of the `dot` executable.
    let executable: String

    /// `dot` on the PATH, if installed.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> Graphviz? {
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = String(directory) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Graphviz(executable: candidate) }
        }
        return nil
    }

    /// Renders a DOT file into a picture (`svg`, `png`).
    func render(dotFile: String, format: String, to output: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format, "-o", output, dotFile]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw StatementError("cannot run \(executable): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "status \(process.terminationStatus)"
            throw StatementError("Graphviz could not draw \(output): \(first)")
        }
    }
}
