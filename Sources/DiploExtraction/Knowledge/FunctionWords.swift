import Foundation
import DiploModel

/// Small grammatical word classes of one language that the extractor's rules look at ("de", "the",
/// "ne … pas", "cet", "selon"…), read from `Knowledge/lang/<code>/words.tsv`.
///
/// Keeping them in data means a rule such as "a country after *sur* is a topic, not a party" works for a
/// new language once a linguist lists that language's words; the Swift code never names a word.
public struct FunctionWords: Sendable {
    public var articles: WordSet = []
    public var indefiniteArticles: WordSet = []
    /// "au", "aux": a preposition fused with a definite article — "ont participé aux discussions" speaks of known talks.
    public var definiteContractions: WordSet = []
    /// Endings of present participles: ", prompting Beijing to…" opens a new clause.
    public var participleEndings: WordSet = []
    /// Endings of past participles: ", venu en médiateur…", ", accompanied by…" describes the person before.
    public var pastParticipleEndings: WordSet = []
    /// "par", "by": after a participle, names who did it (", coprésidé par Vladimir Poutine").
    public var agentPrepositions: WordSet = []
    /// "déjà", "also": adverbs that may stand inside a compound verb ("s'était déjà rendu") without breaking it.
    public var insertedAdverbs: WordSet = []
    /// "alias", "dit": the name after it is a nickname of the person just named ("Rodrigo Londoño, alias
    /// « Timochenko »"), not someone else who bears it.
    public var nicknameMarkers: WordSet = []
    /// "South", "Latin": before a country adjective they make a region ("South American presidents" are not
    /// the United States').
    public var regionPrefixes: WordSet = []
    public var genitives: WordSet = []
    /// "from": after a title, like a genitive, it names the title's countries ("foreign ministers from Russia and
    /// Turkey"), although elsewhere it introduces what is spoken of or where someone comes from.
    public var originPrepositions: WordSet = []
    public var locatives: WordSet = []
    public var topics: WordSet = []
    public var countryTopics: WordSet = []
    public var honorifics: WordSet = []
    public var nameParticles: WordSet = []
    /// Subject pronouns ("il", "he"): the person of the previous sentence when a verb has no named subject.
    public var subjectPronouns: WordSet = []
    /// "avant (de)": an infinitive after it, in a past story, is what happened next, not an intention.
    public var sequelPrepositions: WordSet = []
    /// "ville", "city": "in the Russian city of Astrakhan" places the event there.
    public var placeNouns: WordSet = []
    /// "et", "and": joins the items of a list ("les dirigeants de la Russie, de l'Iran et de la Turquie").
    public var conjunctions: WordSet = []
    public var possessives: WordSet = []
    public var anaphoricDeterminers: WordSet = []
    /// "que", "that": a quotation right after one is what was said, even when it opens with an article.
    public var speechComplementizers: WordSet = []
    /// "à", "to": after a verb of saying, names who was addressed ("a assuré à son homologue", "told … to"); words
    /// addressed to a person are an exchange with them.
    public var addresseePrepositions: WordSet = []
    /// "pour", "for": before an event noun, what a gathering was for ("se sont retrouvés pour un sommet").
    public var purposePrepositions: WordSet = []
    public var accordingTo: WordSet = []
    public var infinitiveMarkers: WordSet = []
    public var perfectMarkers: WordSet = []
    public var negationParticles: WordSet = []
    public var negationComplements: WordSet = []
    /// "aucun", "no": right before an event noun, the determiner says there was none ("aucun contrat n'a été
    /// signé", "no contract was signed").
    public var negatingDeterminers: WordSet = []
    public var ahead: WordSet = []
    /// "d'ici au 15 juillet", "by July 15": a date after these is a deadline, still to come.
    public var deadlines: WordSet = []
    /// "la capitale turque", "the Turkish capital": with a country adjective, that country's capital.
    public var capitalNouns: WordSet = []
    /// "war", "guerre": names joined to it ("the Israel-Hamas war", "la guerre Israël-Hamas") say what it is about.
    public var conflictNouns: WordSet = []
    /// "entre", "between": after a conflict noun, the sides it lists are what the conflict is about
    /// ("la guerre entre Israël et l'Iran").
    public var betweenWords: WordSet = []
    /// "chute", "fall", "régime", "regime": the people and states named in its complement ("la chute de Bachar
    /// al-Assad", "the collapse of the Assad regime") are what is spoken of — a government that fell or ruled.
    public var downfallNouns: WordSet = []
    /// "conseillers", "advisers", "émissaire", "envoy": whoever its complement names ("les conseillers diplomatiques de
    /// Vladimir Poutine", "aides to Zelensky", "Putin's envoy") sent someone in their place — they did not take part.
    public var proxyNouns: WordSet = []
    /// "to" in "advisers to Zelensky": besides the genitives, what joins a proxy noun to whom it acts for.
    public var proxyPrepositions: WordSet = []
    /// "©", "Copyright": the year after one dates the page no later than that year.
    public var copyrightMarkers: WordSet = []
    public var joint: WordSet = []
    public var ambiguousMonths: WordSet = []
    public var yearPrepositions: WordSet = []
    /// Prepositions after which even an ambiguous month word is the month ("en mai", "in May").
    public var ambiguousMonthPrepositions: WordSet = []
    public var monthPrepositions: WordSet = []
    public var durations: WordSet = []
    public var rangeConnectors: WordSet = []
    public var clauseReferences: WordSet = []
    /// Endings of infinitives, for languages where the form after the marker may be something else
    /// ("de rencontres"); none listed = every word after the marker is an infinitive (English "to").
    public var infinitiveEndings: WordSet = []
    /// Abbreviations whose full stop does not end a sentence ("M.", "Sept.", "Gen.").
    public var abbreviations: WordSet = []
    /// "Bruxelles, où se tient un sommet": what follows happens in the place before the comma.
    public var placeRelatives: WordSet = []
    /// "the two leaders", "les deux hommes": a group of exactly two.
    public var pairs: WordSet = []
    /// "a day after", "deux jours après": the last word of a day-relative phrase that points to the event after it.
    public var anchorPrepositions: WordSet = []
    /// "Trump, who is due in Riyadh on Tuesday, has said…": after a comma, opens an aside about the person before it.
    public var relativePronouns: WordSet = []
    /// "En visite d'État en Égypte, Macron…", "During a visit to Ankara, Putin…": opening a sentence before an event
    /// noun, it makes that noun a fronted adjunct whose subject comes after its comma.
    public var frontingPrepositions: WordSet = []
    /// Past participles without the language's regular ending ("held", "set"): with `past-participle-ending`, they
    /// let "the referendum held on Sept. 25" be read as a reduced relative clause that dates its noun.
    public var irregularParticiples: WordSet = []
    /// Auxiliary verbs ("a", "était", "was", "has"): a participle after one is the sentence's verb, not a reduced relative.
    public var auxiliaries: WordSet = []

    public init() {}

    /// Whether a word is an article, definite or indefinite ("le", "une", "the", "a"): what opens a noun phrase.
    public func isArticle(_ token: Token) -> Bool { articles.contains(token) || indefiniteArticles.contains(token) }

    /// The class names of `words.tsv` and the set each fills (immutable after initialisation, hence
    /// `nonisolated(unsafe)`: key paths are not `Sendable`).
    nonisolated(unsafe) static let classes: [String: WritableKeyPath<FunctionWords, WordSet>] = [
        "article": \.articles, "indefinite-article": \.indefiniteArticles, "participle-ending": \.participleEndings, "past-participle-ending": \.pastParticipleEndings, "agent-preposition": \.agentPrepositions, "inserted-adverb": \.insertedAdverbs, "nickname-marker": \.nicknameMarkers, "region-prefix": \.regionPrefixes, "genitive": \.genitives, "origin-preposition": \.originPrepositions, "locative": \.locatives, "topic": \.topics,
        "country-topic": \.countryTopics, "honorific": \.honorifics, "name-particle": \.nameParticles,
        "possessive": \.possessives, "conjunction": \.conjunctions, "place-noun": \.placeNouns, "sequel-preposition": \.sequelPrepositions, "subject-pronoun": \.subjectPronouns, "anaphoric-determiner": \.anaphoricDeterminers, "according-to": \.accordingTo,
        "infinitive-marker": \.infinitiveMarkers, "perfect-marker": \.perfectMarkers,
        "negation-particle": \.negationParticles, "negation-complement": \.negationComplements, "negating-determiner": \.negatingDeterminers, "ahead": \.ahead, "deadline": \.deadlines, "capital-noun": \.capitalNouns, "conflict-noun": \.conflictNouns, "between": \.betweenWords, "downfall-noun": \.downfallNouns, "proxy-noun": \.proxyNouns, "proxy-preposition": \.proxyPrepositions, "definite-contraction": \.definiteContractions, "copyright": \.copyrightMarkers,
        "joint": \.joint, "ambiguous-month": \.ambiguousMonths, "year-preposition": \.yearPrepositions,
        "month-preposition": \.monthPrepositions, "ambiguous-month-preposition": \.ambiguousMonthPrepositions, "duration": \.durations, "range": \.rangeConnectors,
        "clause-reference": \.clauseReferences, "infinitive-ending": \.infinitiveEndings,
        "abbreviation": \.abbreviations, "place-relative": \.placeRelatives, "pair": \.pairs, "anchor-preposition": \.anchorPrepositions,
        "relative-pronoun": \.relativePronouns, "fronting-preposition": \.frontingPrepositions, "irregular-participle": \.irregularParticiples, "auxiliary": \.auxiliaries,
        "speech-complementizer": \.speechComplementizers, "addressee-preposition": \.addresseePrepositions, "purpose-preposition": \.purposePrepositions,
    ]

    /// Reads `words.tsv`; an unknown class is an error naming the file and line, so a typo is not silently ignored.
    public static func load(_ url: URL) throws -> FunctionWords {
        try load(TSVFile.load(url), foldKey: Folding.foldKey)
    }

    /// Reads the rows of a `words.tsv` file, folding words with `foldKey` (cached by `KnowledgeReader`).
    static func load(_ file: TSVFile, foldKey: (String) -> String) throws -> FunctionWords {
        var words = FunctionWords()
        for row in file.rows where !row[0].isEmpty {
            guard let path = classes[row[0]] else {
                throw KnowledgeError.badRow(file.path, row.line, "unknown word class '\(row[0])' (known: \(classes.keys.sorted().joined(separator: ", ")))")
            }
            let word = row[1] == "-" ? "-" : foldKey(row[1])
            guard !word.isEmpty else { throw KnowledgeError.badRow(file.path, row.line, "missing word") }
            words[keyPath: path].insert(word)
        }
        return words
    }
}
