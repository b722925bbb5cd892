import Testing
@testable import GraphQuery

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("meet", "meet", 0), ("meet", "meat", 1),
        ("kitten", "sitting", 3), ("Zürich", "Zurich", 1), ("👩‍👩‍👧x", "x", 1), ("flaw", "lawn", 2),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func closestIgnoresCaseAndLimits() {
        let candidates = ["type", "name", "contains", "TYPES", "bound"]
        #expect(EditDistance.closest(to: "typo", among: candidates) == ["type", "TYPES"])
        #expect(EditDistance.closest(to: "typo", among: candidates, limit: 1) == ["type"])
        #expect(EditDistance.closest(to: "xyzzy", among: candidates).isEmpty)
    }
}
