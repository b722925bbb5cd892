import GraphStore

/// One node of an ``ExportGraph``: an entity or a literal value.
public struct ExportNode: Sendable, Hashable {
    /// What a node stands for.
    public enum Kind: Sendable, Hashable {
        /// A named entity of the given type.
        case entity(EntityType)
        /// A literal value (a year, a date, a number, free text).
        case literal(Literal)
    }

    /// A key unique within the graph; the same entity always gets the same key.
    public var key: String
    /// The text shown for the node: the entity's canonical name or the literal's text.
    public var label: String
    /// Entity (with its type) or literal.
    public var kind: Kind

    /// Makes a node.
    public init(key: String, label: String, kind: Kind) {
        self.key = key
        self.label = label
        self.kind = kind
    }

    /// Makes an entity node keyed by its canonical name.
    public static func entity(_ name: String, type: EntityType) -> ExportNode {
        ExportNode(key: "e:" + name, label: name, kind: .entity(type))
    }

    /// Makes a literal node keyed by its datatype and text.
    public static func literal(_ value: Literal) -> ExportNode {
        ExportNode(key: "l:" + value.datatypeName + ":" + value.lexicalForm, label: value.lexicalForm,
                   kind: .literal(value))
    }

    /// The name of the node's type as exports write it: an entity type name or `literal`.
    public var typeName: String {
        switch kind {
        case .entity(let type): type.name
        case .literal: "literal"
        }
    }
}
