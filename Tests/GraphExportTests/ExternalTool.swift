import Foundation

/// Runs the real consumers of exports (Graphviz, Python with rdflib and networkx) from tests.
enum ExternalTool {
    /// What a finished program printed and its status.
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Graphviz `dot` on PATH, if installed.
    static let dot: String? = find("dot")

    /// The Python named by `KG_PYTHON`, if set, runnable, and able to import rdflib and networkx.
    static let python: String? = {
        guard let path = ProcessInfo.processInfo.environment["KG_PYTHON"], !path.isEmpty,
              let outcome = try? run(path, ["-c", "import rdflib, networkx"]), outcome.status == 0
        else { return nil }
        return path
    }()

    /// The `KG_PYTHON` Python when it also has the Kùzu package (optional: `pip install kuzu`).
    static let pythonWithKuzu: String? = {
        guard let python, let outcome = try? run(python, ["-c", "import kuzu"]), outcome.status == 0 else { return nil }
        return python
    }()

    /// Why Python tests are skipped.
    static let pythonMissing = "set KG_PYTHON to a Python with rdflib and networkx (python3 -m venv /tmp/kgvenv && /tmp/kgvenv/bin/pip install rdflib networkx)"

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { String($0) + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program with an argument array (no shell) and standard input; standard error
    /// goes through a temporary file so neither pipe can fill up and block.
    static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Outcome {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("kg-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                       errors: String(decoding: errors, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
