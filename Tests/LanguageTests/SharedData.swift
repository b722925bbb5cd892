import Foundation

/// Locates `../shared` (the treebank and news data) relative to the package root.
enum SharedData {
    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data/ud-english-ewt/<name>`, or nil (with a printed reason) when absent.
    static func treebank(_ name: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/ud-english-ewt/\(name)")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipping: \(url.path) is absent")
            return nil
        }
        return url
    }

    /// The text of a treebank file, or nil when absent.
    static func treebankText(_ name: String) -> String? {
        guard let url = treebank(name), let data = try? Data(contentsOf: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
