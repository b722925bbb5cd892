/// A failure of a `kg` command that has a one-line message for standard error and exit status 1
/// (input or query errors; usage errors are ArgumentParser's and exit 2).
struct CommandFailure: Error, CustomStringConvertible {
    /// The line shown to the user.
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
