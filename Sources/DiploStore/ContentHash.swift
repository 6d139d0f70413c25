import DiploModel
import Foundation

extension EventStore {
    /// The content hash of an article: SHA-256 (hex) of its NFC-normalised text and its metadata
    /// (title, url, published, language, source), each field length-prefixed so that no two different
    /// articles serialise alike.
    ///
    /// The name is left out on purpose: the same content imported from another file is the same
    /// article, and re-importing it must not add a second source to every event. A changed title or
    /// date is a new version (it may change how events are dated), so metadata is included.
    public static func contentHash(of article: Article) -> String {
        var bytes: [UInt8] = Array("diplo-article-v1".utf8)
        func field(_ s: String?) {
            guard let s else { bytes.append(0); return }
            let utf8 = Array(s.nfcNormalized.utf8)
            bytes.append(1)
            bytes += Array(String(utf8.count).utf8)
            bytes.append(0x3A)  // ':'
            bytes += utf8
        }
        field(article.text)
        field(article.title)
        field(article.url)
        field(article.published?.iso)
        field(article.language)
        field(article.source)
        return SHA256.hex(bytes)
    }
}
