import DiploModel
import Foundation

/// Turns what a user typed into a safe FTS5 MATCH expression.
///
/// FTS5 has its own query language (`"`, `NEAR(`, `*`, `-`, `AND`, column filters…) in which most
/// typos are syntax errors. Users search for words, not expressions, so every word is folded the way
/// the index was (`Folding.fold`) and quoted as an FTS5 string, which FTS5 never parses as syntax;
/// the words are then ANDed. A `*` at the end of a word is kept outside the quotes as a prefix search.
public enum FullTextQuery {
    /// The MATCH expression, or nil when the text holds no searchable word.
    public static func matchExpression(for text: String) -> String? {
        var terms: [String] = []
        for raw in Folding.fold(text).split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(raw)
            var prefix = false
            while word.hasSuffix("*") { word = word.dropLast(); prefix = true }
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            terms.append(prefix ? quoted + "*" : quoted)
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}
