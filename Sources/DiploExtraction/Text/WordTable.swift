/// A map from folded words to values, looked up by a token's precomputed `Token.key`.
///
/// The extractor asks "is this token a month, a genitive, a child of this trie node?" several times
/// per token; a Swift `Dictionary<String, _>` answers by SipHashing the string each time, which was
/// the largest single cost of extraction. Here a token's key (an FNV-1a hash computed once, when the
/// token is made) picks a slot of an open-addressing table, and the string is compared only when the
/// keys agree. Lookups by a plain `String` hash it with the same function, so both agree.
///
/// Iteration follows insertion order (deterministic, unlike `Dictionary`).
public struct WordTable<Value: Sendable>: Sendable, Sequence {
    struct Entry: Sendable {
        var key: String
        var value: Value
        var hash: UInt32
    }
    /// Two arrays only: extractor values holding a language pack are copied often, and each array is a
    /// reference to retain.
    private var entries: [Entry] = []
    /// `(hash << 32) | (entry index + 1)`, 0 for an empty slot; the capacity is a power of two, at
    /// least twice the number of entries.
    private var slots: [UInt64] = [0, 0, 0, 0]

    public init() {}

    public init(_ dictionary: [String: Value]) {
        for (k, v) in dictionary.sorted(by: { $0.key < $1.key }) { self[k] = v }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    @inline(__always)
    private func slotIndex(_ hash: UInt32) -> Int {
        // Fibonacci hashing spreads FNV's low bits over the whole table.
        Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    /// The entry index of `word` (whose `Token.key` is `hash`), or -1.
    @inline(__always)
    private func find(_ word: String, hash: UInt32) -> Int {
        var i = slotIndex(hash)
        let mask = slots.count - 1
        while true {
            let s = slots[i]
            if s == 0 { return -1 }
            if UInt32(truncatingIfNeeded: s >> 32) == hash {
                let e = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                if entries[e].key == word { return e }
            }
            i = (i + 1) & mask
        }
    }

    /// The value of the token's folded form.
    @inline(__always)
    public subscript(token: Token) -> Value? {
        let e = find(token.folded, hash: token.foldedKey)
        return e < 0 ? nil : entries[e].value
    }

    /// The value of a folded word.
    public subscript(word: String) -> Value? {
        get {
            let e = find(word, hash: Token.key(word))
            return e < 0 ? nil : entries[e].value
        }
        set {
            let hash = Token.key(word)
            let e = find(word, hash: hash)
            if e >= 0 {
                if let newValue { entries[e].value = newValue } else { entries.remove(at: e); rebuild(capacity: slots.count) }
                return
            }
            guard let newValue else { return }
            entries.append(Entry(key: word, value: newValue, hash: hash))
            if entries.count * 2 > slots.count { rebuild(capacity: slots.count * 2) } else { place(entries.count - 1) }
        }
    }

    private mutating func place(_ e: Int) {
        var i = slotIndex(entries[e].hash)
        let mask = slots.count - 1
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt64(entries[e].hash) << 32 | UInt64(e + 1)
    }

    private mutating func rebuild(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        for e in entries.indices { place(e) }
    }

    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var i = entries.makeIterator()
        return AnyIterator { i.next().map { ($0.key, $0.value) } }
    }
}

/// A set of folded words (a language's articles, genitives, stop words…), looked up like `WordTable`.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Equatable {
    private var table = WordTable<Bool>()

    public init() {}
    public init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    public init<S: Sequence>(_ words: S) where S.Element == String { for w in words { insert(w) } }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }

    @inline(__always) public func contains(_ token: Token) -> Bool { table[token] != nil }
    public func contains(_ word: String) -> Bool { table[word] != nil }

    @discardableResult
    public mutating func insert(_ word: String) -> (inserted: Bool, memberAfterInsert: String) {
        if table[word] != nil { return (false, word) }
        table[word] = true
        return (true, word)
    }

    public func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }

    public static func == (a: WordSet, b: WordSet) -> Bool { Set(a.table.keys) == Set(b.table.keys) }
}
