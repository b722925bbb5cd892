/// Number formatting without Foundation.
public enum NumberText {
    /// `value` with exactly `digits` digits after the point (`fixed(1.5, digits: 2)` = `1.50`).
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "nan" }
        var scale = 1.0
        for _ in 0 ..< max(0, digits) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = (scaled / scale).rounded(.down)
        var fraction = String(Int(scaled - whole * scale))
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return digits <= 0 ? sign + String(Int(whole)) : "\(sign)\(Int(whole)).\(fraction)"
    }
}
