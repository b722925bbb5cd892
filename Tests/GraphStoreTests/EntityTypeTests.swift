import Testing
@testable import GraphStore

@Suite struct EntityTypeTests {
    @Test func namesAreDistinctAndLowercase() {
        let names = EntityType.allCases.map(\.name)
        #expect(Set(names).count == EntityType.allCases.count)
        #expect(names.allSatisfy { $0 == $0.lowercased() })
    }
}
