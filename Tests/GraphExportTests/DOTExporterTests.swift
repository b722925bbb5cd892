import Foundation
import GraphStore
import Testing
@testable import GraphExport

@Suite struct DOTExporterTests {
    @Test(arguments: [
        ("plain", "\"plain\""), ("Say \"hi\"", #""Say \"hi\"""#), ("trailing\\", #""trailing\\""#),
        ("a\nb", "\"a b\""), ("nul\u{0}", "\"nul\""), ("\\N", #""\\N""#), ("<b>", "\"<b>\""), ("東京", "\"東京\""),
    ])
    func quoting(name: String, quoted: String) {
        #expect(DOTExporter.quoted(name) == quoted)
    }

    @Test func longStringsStayUnderGraphvizLimit() {
        let quoted = DOTExporter.quoted(String(repeating: "\"", count: 20_000))
        #expect(quoted.utf8.count < 16_384)
        #expect(quoted.hasSuffix("…\""))
    }

    @Test func stylesEdgesAndTooltips() {
        var graph = ExportGraph()
        graph.addFact(subject: .entity("Antony Blinken", type: .person), predicate: "meet",
                      object: .entity("Sergei Lavrov", type: .person), sourceCount: 4, sentence: "Blinken met Lavrov.")
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "annex in", object: .literal(.year(2014)))
        let text = DOTExporter().render(graph).text
        #expect(text.contains(##""n0" [label="Antony Blinken", shape="ellipse", fillcolor="#cfe2ff""##))
        #expect(text.contains(#""n0" -> "n1" [label="meet", penwidth="3", tooltip="Blinken met Lavrov."];"#))
        #expect(text.contains(#""n3" [label="2014", shape="note""#))
        #expect(text.contains(#""n2" [label="Russia", shape="hexagon""#))
    }

    @Test func sizeGuardCutsAndWarns() {
        var graph = ExportGraph()
        for index in 0..<10 {
            graph.addFact(subject: .entity("hub", type: .person), predicate: "p", object: .entity("n\(index)", type: .other))
        }
        let (text, report) = DOTExporter(options: .init(maxNodes: 4)).render(graph)
        #expect(report.nodes == 4)
        #expect(report.facts == 3)
        #expect(report.warnings == ["graph has 11 nodes; drew the 4 best connected (raise the limit to draw more)"])
        #expect(text.contains("\"hub\""))
    }

    @Test(.enabled(if: ExternalTool.dot != nil, "Graphviz dot is not installed (apt-get install graphviz)"))
    func graphvizDrawsHostileNames() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.dot")
        try DOTExporter().render(HostileGraph.graph).text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try ExternalTool.run(ExternalTool.dot ?? "dot", ["-Tsvg", file.path])
        #expect(outcome.status == 0, "dot said: \(outcome.errors)")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.output.contains("</svg>"))
        #expect(outcome.output.contains("東京"))
        #expect(!outcome.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        if let python = ExternalTool.python {
            let check = try ExternalTool.run(python, ["-c", "import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read()); print('ok')"],
                                             input: outcome.output)
            #expect(check.output == "ok\n", "SVG is not well-formed XML: \(check.errors)")
        }
    }
}
