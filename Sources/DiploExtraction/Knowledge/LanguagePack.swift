import Foundation

/// The words of one language that the extractor needs: calendar, titles, triggers and cues.
///
/// Loaded from `Knowledge/lang/<code>/*.tsv`; adding a language is adding such a folder.
public struct LanguagePack: Sendable {
    public var code: String
    /// Folded month names and abbreviations → 1…12.
    public var months = WordTable<Int>()
    /// Folded weekday names → ISO weekday (Monday = 1).
    public var weekdays = WordTable<Int>()
    /// Phrases resolved against the publication day: value = days offset ("hier" → -1).
    public var relativeDays = PhraseTrie<Int>()
    /// Phrases resolved against another event of the article ("la veille" → -1).
    public var eventRelativeDays = PhraseTrie<Int>()
    /// Phrases meaning a week offset from publication ("la semaine dernière" → -1).
    public var relativeWeeks = PhraseTrie<Int>()
    /// Season words and the month each starts ("automne" 9, "spring" 3).
    public var seasons: [String: Int] = [:]
    /// "l'an dernier", "last year": years relative to the publication year.
    public var relativeYears = PhraseTrie<Int>()
    /// Day ordinals written as words or with a suffix ("1er" → 1, "first" → 1).
    public var ordinalDays = WordTable<Int>()
    /// Words after a weekday that fix the direction: "dernier" → past, "prochain" → future.
    public var directionModifiers = WordTable<Int>()
    /// Part-of-month words: "début" → early, "fin" → late, "mi" → mid.
    public var monthParts = WordTable<String>()
    /// Titles → role (and optionally a fixed country).
    public var roles = PhraseTrie<RoleEntry>()
    /// Titles whose phrase has a genitive ("ministre des Affaires étrangères"), by the words before it ("ministre"):
    /// French puts the country adjectives there ("le ministre turc des Affaires étrangères", "les ministres
    /// arménien et azerbaïdjanais des Affaires étrangères").
    public var rolesAroundAdjectives = PhraseTrie<RoleTail>()
    /// Triggers and cues by class.
    public var triggers = PhraseTrie<String>()
    /// Stop words used to detect the language of an unlabelled article.
    public var stopwords = WordSet()
    /// Future/conditional verb endings ("-eront") for trigger verbs.
    public var futureSuffixes: [String] = []
    /// Articles, prepositions, negation particles… (`words.tsv`).
    public var words = FunctionWords()

    public struct RoleEntry: Sendable, Hashable {
        public var role: String
        public var country: String?
        public var plural: Bool
    }

    /// The rest of a title after its country adjectives ("des Affaires étrangères") and what the whole title names.
    public struct RoleTail: Sendable, Hashable {
        public var words: [String]
        public var entry: RoleEntry
    }

    /// Reads `lang/<code>/*.tsv` through a knowledge reader (files and folded keys possibly cached).
    static func load(code: String, reader: KnowledgeReader) throws -> LanguagePack {
        var pack = LanguagePack(code: code)
        let folder = "lang/\(code)/"
        for row in try reader.file(folder + "calendar.tsv").rows {
            let kind = row[0], word = row[1], value = row[2]
            var trimmed = word
            if kind == "month" || kind == "weekday", trimmed.hasSuffix(".") { trimmed.removeLast() }
            let key = reader.foldKey(trimmed)
            switch kind {
            case "month": if let v = Int(value) { pack.months[key] = v }
            case "weekday": if let v = Int(value) { pack.weekdays[key] = v }
            case "relative": if let v = Int(value) { pack.relativeDays.insert(reader.keyTokens(word), value: v) }
            case "event-relative": if let v = Int(value) { pack.eventRelativeDays.insert(reader.keyTokens(word), value: v) }
            case "week-relative": if let v = Int(value) { pack.relativeWeeks.insert(reader.keyTokens(word), value: v) }
            case "year-relative": if let v = Int(value) { pack.relativeYears.insert(reader.keyTokens(word), value: v) }
            case "season": if let v = Int(value) { pack.seasons[key] = v }
            case "ordinal-day": if let v = Int(value) { pack.ordinalDays[key] = v }
            case "modifier": pack.directionModifiers[key] = value == "future" ? 1 : (value == "past" ? -1 : 0)
            case "month-part": pack.monthParts[key] = value
            case "stopword": pack.stopwords.insert(key)
            case "future-suffix": pack.futureSuffixes.append(key)
            default: break
            }
        }
        pack.words = try FunctionWords.load(reader.file(folder + "words.tsv"), foldKey: reader.foldKey)
        for row in try reader.file(folder + "roles.tsv").rows where !row[0].isEmpty {
            let country = row[2].isEmpty ? nil : row[2]
            let words = reader.keyTokens(row[0]), entry = RoleEntry(role: row[1], country: country, plural: row[3] == "plural")
            pack.roles.insert(words, value: entry)
            if country == nil, let g = words.firstIndex(where: { pack.words.genitives.contains($0) }), g > 0 {
                pack.rolesAroundAdjectives.insert(Array(words[..<g]), value: RoleTail(words: Array(words[g...]), entry: entry))
            }
        }
        for file in ["triggers.tsv", "cues.tsv"] {
            for row in try reader.file(folder + file).rows where !row[1].isEmpty {
                pack.triggers.insert(reader.keyTokens(row[1]), value: row[0])
            }
        }
        return pack
    }
}

extension Folding {
    /// The folded form of a single word or phrase, tokens joined by spaces.
    public static func foldKey(_ s: String) -> String {
        Tokenizer.tokenize(s).map(\.folded).joined(separator: " ")
    }
}

import DiploModel
