import Foundation
import GraphStore

/// Opening and saving graph files for the commands, with their errors as one-line failures.
enum GraphFiles {
    /// Opens a graph file, or fails with the store's one-line message.
    static func open(_ path: String) throws -> Graph {
        do {
            return try Graph(contentsOfFile: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Saves atomically: the previous file stays intact if anything goes wrong.
    static func save(_ graph: Graph, to path: String) throws {
        do {
            try graph.save(to: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Whether a file exists at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
