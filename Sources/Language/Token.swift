/// One token of a `Document`: where it sits in the text and what the pipeline assigned to it.
///
/// Tokens live in one flat array per document (as in spaCy); `head` is an absolute index into
/// that array, so walking the tree never needs pointers.
public struct Token: Sendable, Hashable {
    /// UTF-8 byte offset of the token's first byte in `Document.text`.
    public var start: Int
    /// UTF-8 byte offset one past the token's last byte in `Document.text`.
    public var end: Int
    /// The token's text (the bytes `start..<end` of the document text).
    public var form: String
    /// Whether whitespace follows the token in the original text.
    public var spaceAfter: Bool
    /// Dictionary form: `met` → `meet`, `was` → `be`.
    public var lemma: String
    /// Universal part-of-speech tag.
    public var upos: UPOS
    /// Penn Treebank tag (`NNP`, `VBD`, …).
    public var xpos: String
    /// Index of the syntactic head in `Document.tokens`, or `nil` for the root of a sentence.
    public var head: Int?
    /// Universal Dependencies relation to the head (`nsubj`, `obj`, `nsubj:pass`, `root`, …).
    public var deprel: String
    /// Index of the sentence in `Document.sentences` that holds this token.
    public var sentence: Int

    /// Makes a token; tags default to "unknown" until the tagger and parser fill them in.
    public init(start: Int, end: Int, form: String, spaceAfter: Bool, lemma: String = "",
                upos: UPOS = .X, xpos: String = "_", head: Int? = nil, deprel: String = "_",
                sentence: Int = 0) {
        self.start = start
        self.end = end
        self.form = form
        self.spaceAfter = spaceAfter
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.deprel = deprel
        self.sentence = sentence
    }
}
