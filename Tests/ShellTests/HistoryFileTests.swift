import Foundation
import Testing
@testable import Shell

@Suite struct HistoryFileTests {
    @Test func pathPrefersExplicitThenEnvironmentThenHome() {
        #expect(HistoryFile.path(explicit: "/x/h", environment: ["KG_HISTORY": "/y/h"]) == "/x/h")
        #expect(HistoryFile.path(explicit: nil, environment: ["KG_HISTORY": "/y/h", "HOME": "/home/a"]) == "/y/h")
        #expect(HistoryFile.path(explicit: nil, environment: ["KG_HISTORY": "", "HOME": "/home/a"]) == "/home/a/.kg_history")
        #expect(HistoryFile.path(explicit: nil, environment: [:]) == nil)
    }

    @Test func historyFileIsPrivate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hist-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(HistoryFile.prepare(path))
        var attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(HistoryFile.prepare(path))
        attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(!HistoryFile.prepare("/nonexistent-dir/history"))
        let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.posixPermissions] as? Int
        #expect(HistoryFile.prepare("/dev/null"))
        #expect(try FileManager.default.attributesOfItem(atPath: "/dev/null")[.posixPermissions] as? Int == null)
    }
}
