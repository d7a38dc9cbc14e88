import Foundation

/// How the evaluation sets' folders are read: names sorted, text files whole.
enum EvaluationFolder {
    /// The entries of `folder`, sorted by name; none when it cannot be read.
    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The `.txt` files of `folder`, sorted by name: each file's name and text.
    static func texts(in folder: String) -> [(String, String)] {
        names(in: folder).filter { $0.hasSuffix(".txt") }
            .compactMap { file in FileManager.default.contents(atPath: folder + "/" + file).map { (file, String(decoding: $0, as: UTF8.self)) } }
    }
}
