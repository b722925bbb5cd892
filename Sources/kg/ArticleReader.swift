import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Streams articles from the paths given to `kg ingest`: folders (recursively), `.txt` and
/// `.md` files, JSON Lines files (`id`, `title`, `text`, optional `date`, `url`), and `-` for
/// standard input (JSON Lines when the first non-blank byte is `{`, else one text article).
///
/// Input that cannot be read is skipped with a warning naming the file (and line), never fatal:
/// not UTF-8, binary, empty, a JSON line that is not an object or lacks `text`, an over-long
/// line, a symlink loop.
struct ArticleReader {
    /// The most bytes of text kg parses as one piece (an article here, the input of
    /// `kg nlp parse`): a news article is never this big, and parsing takes about 100 bytes of
    /// memory per byte of text, so 4 MB bounds a parse at about 400 MB.
    static let textLimit = 4 << 20
    /// Articles larger than this (a text file's size, a JSON article's text) are skipped.
    var maxArticleBytes = ArticleReader.textLimit
    /// JSON Lines longer than this are skipped without being held whole (a JSON article's text
    /// may be longer than its bytes in the line when escaped as `\uXXXX`).
    var maxLineBytes = 16 << 20

    /// A piece of input that was skipped, and why.
    struct Skip: Sendable, CustomStringConvertible {
        /// `file` or `file:line`.
        var location: String
        /// Why it was skipped.
        var reason: String
        var description: String { "\(location): skipped: \(reason)" }
    }

    /// Visits every article under `paths` in a stable order (sorted directory listings),
    /// reporting skipped input to `skip`.
    func read(_ paths: [String], article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        var visited = Set<String>()
        for path in paths {
            if path == "-" {
                try readStandardInput(article: article, skip: skip)
            } else {
                try walk(path, visited: &visited, explicit: true, article: article, skip: skip)
            }
        }
    }

    /// Standard input: JSON Lines, streamed, when its first non-blank byte is `{`; else one text
    /// article (at most `maxArticleBytes`).
    private func readStandardInput(article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        let name = "<stdin>"
        let input = FileHandle.standardInput
        var head: [UInt8] = []
        var firstByte: UInt8?
        while firstByte == nil, let chunk = try? input.read(upToCount: 1 << 16), !chunk.isEmpty {
            head += chunk
            firstByte = head.first { !Self.isBlank($0) }
        }
        if firstByte == UInt8(ascii: "{") {
            try readJSONLines(LineSource(handle: input, prefix: head, maxLineBytes: maxLineBytes), name: name,
                              article: article, skip: skip)
            return
        }
        var data = Data(head)
        while data.count <= maxArticleBytes, let chunk = try? input.read(upToCount: 1 << 20), !chunk.isEmpty {
            data += chunk
        }
        if data.count > maxArticleBytes {
            skip(Skip(location: name, reason: "over the \(Self.megabytes(maxArticleBytes)) limit for one article"))
            return
        }
        try readText(data, name: name, article: article, skip: skip)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private func walk(_ path: String, visited: inout Set<String>, explicit: Bool,
                      article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            skip(Skip(location: path, reason: Self.whyMissing(path, explicit: explicit)))
            return
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            if isDirectory.boolValue { skip(Skip(location: path, reason: "folder already visited (symbolic link loop?)")) }
            return
        }
        if isDirectory.boolValue {
            let entries: [String]
            do {
                entries = try fm.contentsOfDirectory(atPath: path).sorted()
            } catch {
                skip(Skip(location: path, reason: "cannot list folder"))
                return
            }
            for entry in entries where !entry.hasPrefix(".") {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                var childIsDirectory: ObjCBool = false
                if fm.fileExists(atPath: child, isDirectory: &childIsDirectory), !childIsDirectory.boolValue,
                   !Self.isArticleFile(child) {
                    continue
                }
                try walk(child, visited: &visited, explicit: false, article: article, skip: skip)
            }
            return
        }
        try readFile(path, article: article, skip: skip)
    }

    /// Why `path` cannot be followed: a symbolic link loop, a broken link, or nothing there.
    private static func whyMissing(_ path: String, explicit: Bool) -> String {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            errno = 0
            if let resolved = realpath(path, nil) {
                free(resolved)
            } else if errno == ELOOP {
                return "symbolic link loop"
            }
            return "broken symbolic link"
        }
        return explicit ? "no such file or folder" : "no such file"
    }

    /// Whether a file found inside a folder is one kg reads: `.txt`, `.md`, `.jsonl`, `.ndjson`,
    /// except a folder's `README` (which describes the folder, not news).
    static func isArticleFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        let name = lower.split(separator: "/").last.map(String.init) ?? lower
        if name.hasPrefix("readme.") { return false }
        return lower.hasSuffix(".txt") || lower.hasSuffix(".md") || lower.hasSuffix(".jsonl")
            || lower.hasSuffix(".ndjson")
    }

    private func readFile(_ path: String, article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        let lower = path.lowercased()
        let isJSONLines = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int else {
            skip(Skip(location: path, reason: "cannot read file"))
            return
        }
        if !isJSONLines && size > maxArticleBytes {
            skip(Skip(location: path, reason: "file is \(Self.megabytes(size)), over the \(Self.megabytes(maxArticleBytes)) limit for one article"))
            return
        }
        if isJSONLines {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                skip(Skip(location: path, reason: "cannot open file"))
                return
            }
            defer { try? handle.close() }
            try readJSONLines(LineSource(handle: handle, maxLineBytes: maxLineBytes), name: path,
                              article: article, skip: skip)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            skip(Skip(location: path, reason: "cannot read file"))
            return
        }
        try readText(data, name: path, article: article, skip: skip)
    }

    /// One text article: the whole of `data`.
    private func readText(_ data: Data, name: String, article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        switch Self.decodeText(data) {
        case .failure(let reason):
            skip(Skip(location: name, reason: reason.message))
        case .success(let text):
            let title = text.split(whereSeparator: \.isNewline)
                .first { !$0.allSatisfy(\.isWhitespace) }
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            try article(Article(id: name, title: title, text: text, source: name, date: nil, inputBytes: data.count))
        }
    }

    private func readJSONLines(_ lines: LineSource, name: String,
                               article: (Article) throws -> Void, skip: (Skip) -> Void) rethrows {
        var lines = lines
        var seenAny = false
        while let line = lines.next() {
            let location = "\(name):\(line.number)"
            switch line.content {
            case .tooLong:
                seenAny = true
                skip(Skip(location: location, reason: "line longer than \(Self.megabytes(maxLineBytes))"))
            case .bytes(let bytes):
                if bytes.allSatisfy(Self.isBlank) { continue }
                seenAny = true
                switch Self.parseJSONArticle(bytes, location: location) {
                case .success(let parsed) where parsed.text.utf8.count > maxArticleBytes:
                    let size = Self.megabytes(parsed.text.utf8.count)
                    skip(Skip(location: location, reason: "text is \(size), over the \(Self.megabytes(maxArticleBytes)) limit for one article"))
                case .success(var parsed):
                    parsed.inputBytes = line.inputBytes
                    try article(parsed)
                case .failure(let reason): skip(Skip(location: location, reason: reason.message))
                }
            }
        }
        if !seenAny { skip(Skip(location: name, reason: "empty file")) }
    }

    /// `4 MB`, `4.5 MB`, `100 MB`: whole megabytes, with one decimal under 10 MB when not whole.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / Double(1 << 20)
        return value >= 10 || value == value.rounded(.down) ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }

    /// Why a piece of input is not an article.
    struct Rejection: Error { var message: String }

    /// Decodes a whole text file: UTF-8 (a BOM is dropped), not binary, not empty.
    static func decodeText(_ data: Data) -> Result<String, Rejection> {
        if data.isEmpty { return .failure(Rejection(message: "empty file")) }
        if data.prefix(8192).contains(0) { return .failure(Rejection(message: "binary file (contains NUL bytes)")) }
        guard var text = String(data: data, encoding: .utf8) else {
            return .failure(Rejection(message: "not UTF-8 text"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) { return .failure(Rejection(message: "no text")) }
        return .success(text)
    }

    /// Parses one JSON Lines record into an article.
    static func parseJSONArticle(_ bytes: [UInt8], location: String) -> Result<Article, Rejection> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            return .failure(Rejection(message: "not a JSON object"))
        }
        guard let text = object["text"] as? String, !text.allSatisfy(\.isWhitespace) else {
            return .failure(Rejection(message: "no \"text\" field"))
        }
        let id: String
        switch object["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: id = location
        }
        let url = object["url"] as? String
        return .success(Article(id: id, title: (object["title"] as? String) ?? "", text: text,
                                source: url ?? location, date: object["date"] as? String))
    }
}
