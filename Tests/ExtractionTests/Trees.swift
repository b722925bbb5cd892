import Foundation
import Language
import Testing
@testable import Extraction

/// Builds documents from hand-written dependency rows, so tests do not depend on the parser:
/// one row a token, `form lemma UPOS head deprel [xpos]`, heads 1-based within the sentence
/// (0 for the root), sentences separated by blank lines.
enum Trees {
    static func document(_ rows: String) -> Document {
        var conllu = ""
        var index = 0
        for line in rows.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                if index > 0 { conllu += "\n" }
                index = 0
                continue
            }
            index += 1
            let xpos = fields.count > 5 ? String(fields[5]) : "_"
            conllu += "\(index)\t\(fields[0])\t\(fields[1])\t\(fields[2])\t\(xpos)\t_\t\(fields[3])\t\(fields[4])\t_\t_\n"
        }
        conllu += "\n"
        do {
            return try CoNLLU.read(conllu)
        } catch {
            Issue.record("bad test tree: \(error)")
            return Document(text: "", tokens: [], sentences: [])
        }
    }

    /// `subject | predicate | object` with entity names (concept names for common nouns,
    /// the text for literals), the way the tables below state facts.
    static func describe(_ fact: ExtractedFact) -> String {
        let object = fact.object.map { argument -> String in
            if case .string(let value, _) = argument.literal { return value }
            return argument.kind == .literal ? argument.text : argument.entity.name
        } ?? "-"
        return "\(fact.subject.entity.name) | \(fact.predicate) | \(object)"
    }

    static let extractor = FactExtractor()

    static func facts(_ rows: String) -> [ExtractedFact] {
        extractor.extract(document(rows))
    }

    /// The shared data folder (`../shared` beside the package), or `nil` when it is absent.
    static func sharedData(_ path: String) -> URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file of this test folder's `Fixtures/`.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
    }
}
