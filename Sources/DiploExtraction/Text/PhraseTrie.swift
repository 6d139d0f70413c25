/// Dictionary matching of multi-word phrases over folded tokens, longest match first.
///
/// Every piece of language knowledge (names, titles, triggers, calendar words) is matched with one
/// of these: a walk down a token trie is faster than regular expressions and lets linguists list
/// phrases in data files. A phrase token ending in `*` matches any token with that prefix
/// ("rencontr*" matches "rencontre", "rencontré", "rencontrera").
public struct PhraseTrie<Value: Sendable>: Sendable {
    final class Node: @unchecked Sendable {
        var children = WordTable<Node>()
        var prefixChildren: [(String, Node)] = []
        var values: [Value] = []
    }

    /// A match: tokens `start..<end` carry `values`.
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var values: [Value]
        public var length: Int { end - start }
    }

    private let root = Node()
    public private(set) var count = 0
    /// One bit per root key (by `Token.key`): most tokens start no phrase, and testing a bit is much
    /// cheaper than hashing the token for a dictionary lookup.
    private var rootFilter = [UInt64](repeating: 0, count: 1024)
    private var rootHasPrefixes = false
    /// The first UTF-8 bytes of the root's prefix patterns ("rencontr*"), one bit each: a token whose
    /// first byte starts none of them is not compared with every pattern.
    private var rootPrefixBytes = [UInt64](repeating: 0, count: 4)

    @inline(__always)
    private func mayStartPrefix(_ token: Token) -> Bool {
        guard rootHasPrefixes, let b = token.folded.utf8.first else { return false }
        return rootPrefixBytes[Int(b >> 6)] & (1 << UInt64(b & 63)) != 0
    }

    @inline(__always)
    private func mayStart(_ key: UInt32) -> Bool {
        let bit = Int((key ^ (key >> 16)) & 0xFFFF)
        return rootFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    public init() {}

    /// Adds a phrase given as folded tokens.
    public mutating func insert(_ tokens: [String], value: Value) {
        guard !tokens.isEmpty else { return }
        let key = Token.key(tokens[0])
        let bit = Int((key ^ (key >> 16)) & 0xFFFF)
        rootFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        if tokens[0].count > 1 && tokens[0].hasSuffix("*") {
            rootHasPrefixes = true
            let b = tokens[0].utf8.first!
            rootPrefixBytes[Int(b >> 6)] |= 1 << UInt64(b & 63)
        }
        var node = root
        for t in tokens {
            if t.count > 1 && t.hasSuffix("*") {
                let p = String(t.dropLast())
                if let existing = node.prefixChildren.first(where: { $0.0 == p }) { node = existing.1 } else {
                    let n = Node(); node.prefixChildren.append((p, n)); node = n
                }
            } else if let next = node.children[t] {
                node = next
            } else {
                let n = Node(); node.children[t] = n; node = n
            }
        }
        node.values.append(value)
        count += 1
    }

    /// Calls `body` with every phrase whose match `matches` finds by following exact children alone, and
    /// its values: the phrases whose path from the root passes no node with prefix patterns. For such a
    /// phrase, tokens folding to exactly its key tokens (no lost character) match it and nothing longer
    /// at their end, so what a look-up of those tokens returns is known in advance (`NameIndex`).
    func forEachExactPhrase(_ body: ([String], [Value]) -> Void) {
        var path: [String] = []
        func walk(_ node: Node) {
            guard node.prefixChildren.isEmpty else { return }
            for (key, child) in node.children {
                path.append(key)
                if !child.values.isEmpty { body(path, child.values) }
                walk(child)
                path.removeLast()
            }
        }
        walk(root)
    }

    /// Adds a phrase written naturally ("chef de l'État"), tokenised and folded like the text.
    public mutating func insert(phrase: String, value: Value) {
        insert(PhraseTrie.keyTokens(phrase), value: value)
    }

    /// Folded key tokens of a phrase; a word ending in `*` stays a prefix pattern.
    public static func keyTokens(_ phrase: String) -> [String] {
        // Without a prefix pattern, tokenising the whole phrase gives the same tokens as tokenising
        // each space-separated part (a space ends a token and resets the tokenizer's state).
        if !phrase.utf8.contains(0x2A) { return Tokenizer.tokenize(phrase).map(\.folded) }
        var out: [String] = []
        for part in phrase.split(separator: " ") {
            if part.count > 1, part.hasSuffix("*") {
                var toks = Tokenizer.tokenize(String(part.dropLast())).map(\.folded)
                if let last = toks.popLast() { out += toks + [last + "*"] }
            } else {
                out += Tokenizer.tokenize(String(part)).map(\.folded)
            }
        }
        return out
    }

    /// All matches starting at `position`, longest last.
    public func matches(in tokens: [Token], at position: Int, accept: ((Token, Int) -> Bool)? = nil) -> [Match] {
        // Most positions start no phrase: answer those with one lookup and no allocation.
        guard position < tokens.count else { return [] }
        let first = tokens[position]
        if !first.hasLostCharacter, !mayStart(first.foldedKey) || root.children[first] == nil,
           !mayStartPrefix(first) || !root.prefixChildren.contains(where: { first.folded.hasPrefix($0.0) }) {
            return []
        }
        var out: [Match] = []
        var i = position
        // One node to follow while no pattern or lost character can branch the walk: no arrays.
        var node = root
        while i < tokens.count, node.prefixChildren.isEmpty, !tokens[i].hasLostCharacter {
            guard let n = node.children[tokens[i]] else { return out }
            i += 1
            if !n.values.isEmpty { out.append(Match(start: position, end: i, values: n.values)) }
            node = n
        }
        var frontier: [Node] = [node]
        while i < tokens.count, !frontier.isEmpty {
            let token = tokens[i], tok = token.folded
            var next: [Node] = []
            for node in frontier {
                if let n = node.children[token] { next.append(n) }
                else if tokens[i].hasLostCharacter {
                    // "fran?ais": a character lost to a bad encoding matches any one character.
                    for (key, n) in node.children where PhraseTrie.wildcardEquals(tok, key) { next.append(n) }
                }
                for (p, n) in node.prefixChildren where tok.hasPrefix(p) { next.append(n) }
            }
            i += 1
            for n in next where !n.values.isEmpty {
                out.append(Match(start: position, end: i, values: n.values))
            }
            frontier = next
        }
        return out
    }

    /// The longest match at `position`, if any.
    public func longestMatch(in tokens: [Token], at position: Int) -> Match? {
        matches(in: tokens, at: position).last
    }

    static func wildcardEquals(_ pattern: String, _ key: String) -> Bool {
        // A lost "ç" may have become one "?" while folding turned it into one letter: compare scalar by scalar,
        // stopping at the first difference (this runs against every key of a trie level, without allocating).
        var a = pattern.unicodeScalars.makeIterator(), b = key.unicodeScalars.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case let (x?, y?): if x != "?" && x != y { return false }
            default: return false
            }
        }
    }

    /// Every match at every position (overlapping), for cue detection where a short cue inside a longer
    /// trigger still counts.
    public func allMatches(_ tokens: [Token]) -> [Match] {
        var out: [Match] = []
        for i in tokens.indices { out += matches(in: tokens, at: i) }
        return out
    }

    /// Non-overlapping longest matches, scanning left to right.
    public func scan(_ tokens: [Token], where accept: (Match) -> Bool = { _ in true }) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = matches(in: tokens, at: i).reversed().first(where: accept) {
                out.append(m); i = m.end
            } else { i += 1 }
        }
        return out
    }
}
