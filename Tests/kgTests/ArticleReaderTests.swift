import Foundation
import Testing
@testable import kg

@Suite struct ArticleReaderTests {
    private func collect(_ paths: [String], reader: ArticleReader = ArticleReader()) -> ([Article], [String]) {
        var articles: [Article] = []
        var skips: [String] = []
        reader.read(paths, article: { articles.append($0) }, skip: { skips.append($0.description) })
        return (articles, skips)
    }

    @Test func folderIsWalkedInSortedOrderAndBadFilesAreSkippedByName() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "Headline\n\nBody one.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "# Title\nBody two.".write(to: sub.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: dir.appendingPathComponent("latin.txt"))
        try "ignored".write(to: dir.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
        try "# About this folder".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: dir)

        let (articles, skips) = collect([dir.path])
        #expect(articles.map(\.title) == ["Headline", "# Title"])
        #expect(articles.first?.text == "Headline\n\nBody one.")
        #expect(skips.contains { $0.hasSuffix("binary.txt: skipped: binary file (contains NUL bytes)") })
        #expect(skips.contains { $0.hasSuffix("empty.txt: skipped: empty file") })
        #expect(skips.contains { $0.hasSuffix("latin.txt: skipped: not UTF-8 text") })
        #expect(skips.contains { $0.contains("loop: skipped: folder already visited") })
        #expect(!skips.contains { $0.contains("notes.csv") })
        #expect(!articles.contains { $0.id.hasSuffix("README.md") })
    }

    @Test func jsonLinesBadLinesAreSkippedWithTheirLineNumbers() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        let lines = [
            #"{"id": "a1", "title": "One", "text": "Russia annexed Crimea.", "date": "2014-03-18"}"#,
            "not json",
            #"{"id": "a3", "title": "No text"}"#,
            "",
            #"{"id": 4, "text": "Blinken met Lavrov.", "url": "https://example.org/4"}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let (articles, skips) = collect([file.path])
        #expect(articles.map(\.id) == ["a1", "4"])
        #expect(articles.first?.date == "2014-03-18")
        #expect(articles.last?.source == "https://example.org/4")
        #expect(skips == ["\(file.path):2: skipped: not a JSON object", "\(file.path):3: skipped: no \"text\" field"])
    }

    @Test func overLongLineIsSkippedAndTheNextLineStillRead() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.jsonl")
        let long = String(repeating: "x", count: 3 << 20)
        try (long + "\n" + #"{"text": "Short one."}"#).write(to: file, atomically: true, encoding: .utf8)
        var reader = ArticleReader()
        reader.maxLineBytes = 1 << 20
        let (articles, skips) = collect([file.path], reader: reader)
        #expect(articles.map(\.text) == ["Short one."])
        #expect(skips == ["\(file.path):1: skipped: line longer than 1 MB"])
    }

    @Test func anArticleOverTheSizeLimitIsSkippedWithItsSize() throws {
        let dir = try KGProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = String(repeating: "Shares rose. ", count: 121_000)   // 1.5 MB
        let file = dir.appendingPathComponent("feed.jsonl")
        try (#"{"id": "big", "text": ""# + big + "\"}\n" + #"{"id": "small", "text": "Shares fell."}"#)
            .write(to: file, atomically: true, encoding: .utf8)
        try big.write(to: dir.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        var reader = ArticleReader()
        reader.maxArticleBytes = 1 << 20
        let (articles, skips) = collect([dir.path], reader: reader)
        #expect(articles.map(\.id) == ["small"])
        #expect(skips == ["\(dir.path)/big.txt: skipped: file is 1.5 MB, over the 1 MB limit for one article",
                          "\(file.path):1: skipped: text is 1.5 MB, over the 1 MB limit for one article"])
    }

    @Test func missingPathIsReported() {
        let (articles, skips) = collect(["/nonexistent/kg/path"])
        #expect(articles.isEmpty)
        #expect(skips == ["/nonexistent/kg/path: skipped: no such file or folder"])
    }
}
