import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func helpListsTheCommands() throws {
        let outcome = try KGProcess.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE: kg"))
    }

    @Test func unknownCommandIsAUsageError() throws {
        let outcome = try KGProcess.run(["frobnicate"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("frobnicate"))
    }
}
