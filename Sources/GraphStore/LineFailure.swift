/// Why one line of an imported file cannot be used, and where (byte offset within the line).
struct LineFailure: Error {
    /// Byte offset of the problem within the line.
    var offset: Int
    /// What is wrong.
    var message: String
}
