/// Scores a pipeline against a gold treebank document (as read by `CoNLLU.read`).
public enum Evaluator {
    /// Tags and parses the gold words (gold tokenisation) and compares tags, lemmas and arcs;
    /// tokenizes and splits the document's raw text and compares token and sentence spans.
    /// - Complexity: O(n) in the size of the treebank.
    public static func evaluate(_ pipeline: Pipeline, gold: Document) -> Evaluation {
        var predicted = gold
        for i in predicted.tokens.indices {
            predicted.tokens[i].upos = .X
            predicted.tokens[i].xpos = "_"
            predicted.tokens[i].lemma = ""
            predicted.tokens[i].head = nil
            predicted.tokens[i].deprel = "_"
        }
        pipeline.annotate(&predicted)
        var e = Evaluation()
        var upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0
        for (g, p) in zip(gold.tokens, predicted.tokens) {
            if g.upos == p.upos { upos += 1 }
            if g.xpos == p.xpos { xpos += 1 }
            if g.lemma == p.lemma { lemma += 1 }
            if g.head == p.head {
                uas += 1
                if g.deprel == p.deprel { las += 1 }
            }
        }
        let n = gold.tokens.count
        e.words = n
        e.upos = Percent(upos, n).value
        e.xpos = Percent(xpos, n).value
        e.lemma = Percent(lemma, n).value
        e.uas = Percent(uas, n).value
        e.las = Percent(las, n).value

        var tokens = pipeline.tokenizer.tokenize(gold.text)
        let sentences = pipeline.splitter.split(gold.text, tokens: &tokens)
        let goldSpans = Set(gold.tokens.filter { $0.end > $0.start }.map { Span($0.start, $0.end) })
        e.tokenF1 = f1(goldSpans, Set(tokens.map { Span($0.start, $0.end) }))
        e.sentenceF1 = f1(Set(spans(of: gold.sentences, gold.tokens)), Set(spans(of: sentences, tokens)))
        return e
    }

    private struct Span: Hashable {
        let start: Int, end: Int
        init(_ start: Int, _ end: Int) {
            self.start = start
            self.end = end
        }
    }

    private static func spans(of sentences: [Range<Int>], _ tokens: [Token]) -> [Span] {
        sentences.compactMap { r in
            guard let a = r.first, let b = r.last else { return nil }
            return Span(tokens[a].start, tokens[b].end)
        }
    }

    /// F1 (as a percentage) of `predicted` against `gold`.
    private static func f1(_ gold: Set<Span>, _ predicted: Set<Span>) -> Double {
        let hit = gold.intersection(predicted).count
        guard hit > 0 else { return 0 }
        let p = Double(hit) / Double(predicted.count), r = Double(hit) / Double(gold.count)
        return 100 * 2 * p * r / (p + r)
    }
}
