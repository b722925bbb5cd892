@testable import Shell

/// Collects what is written, for tests.
final class StringOutput: ShellOutput {
    /// Everything written so far.
    private(set) var text = ""

    func write(_ text: String) {
        self.text += text
    }
}
