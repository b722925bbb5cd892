import ArgumentParser
import Foundation
import GraphStore

/// `kg merge A.kg B.kg ... -o ALL.kg`: unions graphs, for example the shards of
/// `kg ingest --shard I/N` run on many processes or machines.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Union graph files into one (entities by name and alias, facts deduplicated, provenance kept)."
    )

    @Argument(help: "The graph files to merge, in order.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The merged graph file to write.")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one graph file to merge") }
    }

    func run() throws {
        if GraphFiles.exists(output) && !force && !inputs.contains(output) {
            throw CommandFailure("\(output): already exists; use --force to replace it")
        }
        var merged = try GraphFiles.open(inputs[0])
        var documents = merged.documentCount, skipped = 0
        for path in inputs.dropFirst() {
            let report = merged.merge(try GraphFiles.open(path))
            documents += report.documentsAdded
            skipped += report.documentsSkipped
        }
        try GraphFiles.save(merged, to: output)
        StandardError.write("\(output): merged \(inputs.count) graphs: \(documents) documents"
            + (skipped > 0 ? " (\(skipped) duplicates skipped)" : "")
            + ", \(merged.tripleCount) triples, \(merged.stats(top: 0).entities) entities")
    }
}
