/// What kind of thing an entity is; drives query type tests and the colour of a node when drawn.
public enum EntityType: UInt8, Sendable, CaseIterable, Hashable, Codable {
    case person = 0, organization = 1, place = 2, event = 3, other = 4

    /// The lowercase name used in queries and exports (`person`, `organization`, …).
    public var name: String {
        switch self {
        case .person: "person"
        case .organization: "organization"
        case .place: "place"
        case .event: "event"
        case .other: "other"
        }
    }
}
