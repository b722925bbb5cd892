import GraphStore

/// A predicate path with its names resolved to predicate ids.
indirect enum ResolvedPath {
    case link([TermID])
    case wildcard
    case inverse(ResolvedPath)
    case sequence([ResolvedPath])
    case alternative([ResolvedPath])
    case oneOrMore(ResolvedPath)
    case zeroOrMore(ResolvedPath)
    case zeroOrOne(ResolvedPath)
}
