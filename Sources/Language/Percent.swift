/// A ratio printed as a percentage with two decimals, for logs and reports.
public struct Percent: Sendable, CustomStringConvertible {
    /// The ratio as a percentage (0 when the denominator is 0).
    public let value: Double

    /// `part` out of `whole`.
    public init(_ part: Int, _ whole: Int) {
        value = whole == 0 ? 0 : 100 * Double(part) / Double(whole)
    }

    /// For example `95.73 %`.
    public var description: String {
        let hundredths = Int((value * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac) %"
    }
}
