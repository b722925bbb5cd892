import Foundation
import GraphStore
import Testing
@testable import GraphQuery

/// Every example in docs/QUERY.md parses and runs, so the reference cannot drift from the code.
@Suite struct QueryDocumentationTests {
    static let document: String? = {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        return try? String(contentsOfFile: "/" + path + "/docs/QUERY.md", encoding: .utf8)
    }()

    /// The fenced code blocks that hold queries (not grammar, not rendered errors).
    static var exampleBlocks: [String] {
        guard let document else { return [] }
        let parts = document.components(separatedBy: "```")
        return stride(from: 1, to: parts.count, by: 2).map { parts[$0] }
            .filter { !$0.contains(":=") && !$0.contains("error:") && !$0.contains("warning:") }
    }

    /// The kg column of the benchmark table.
    static var benchmarkQueries: [String] {
        guard let document else { return [] }
        return document.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| Q"), let open = line.firstIndex(of: "`"), let close = line.lastIndex(of: "`"),
                  open < close else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test func documentIsFound() {
        #expect(Self.document != nil)
        #expect(Self.exampleBlocks.count >= 3)
        #expect(Self.benchmarkQueries.count == 13)
    }

    @Test func examplesParseAndRun() throws {
        let engine = NewsGraph.engine()
        for block in Self.exampleBlocks {
            for entry in QueryScript.parse(block) {
                switch entry.result {
                case .success(let statement):
                    _ = try engine.execute(statement)
                case .failure(let error):
                    Issue.record("\(DiagnosticFormatter.format(error, source: block, fileName: "QUERY.md"))")
                }
            }
        }
    }

    @Test func benchmarkQueriesParseAndRun() throws {
        let engine = NewsGraph.engine()
        for text in Self.benchmarkQueries {
            _ = try engine.execute(text)
        }
    }

    /// The rendered error in section 6 is what the formatter prints for that file.
    @Test func renderedErrorMatchesTheFormatter() throws {
        let document = try #require(Self.document)
        let parts = document.components(separatedBy: "```")
        let shown = try #require(stride(from: 1, to: parts.count, by: 2).map { parts[$0] }
            .first { $0.contains("morning.kgq:2:29: error:") })
        let source = "Blinken meet ?who\n?x \"hold talks\" ?y . filter typo(?y)"
        guard case .failure(let error)? = QueryScript.parse(source).last?.result else {
            Issue.record("the example parsed")
            return
        }
        let rendered = DiagnosticFormatter.format(error, source: source, fileName: "morning.kgq")
        #expect(shown.trimmingCharacters(in: .whitespacesAndNewlines) == rendered)
    }
}
