import DiploModel

/// Why a diplomatic-looking mention did not become an event.
enum Rejection: String, Sendable {
    case negated = "negated (the event did not happen)"
    case future = "future, planned or proposed"
    case plural = "plural or generic reference, not one dated event"
    case habitual = "habitual or repeated, not one dated event"
    case hypothetical = "hypothetical or conditional (possible, if…)"
    case withdrawal = "an agreement mentioned as withdrawn, suspended or violated"
    case noDate = "no date could be found or inferred"
    case noParticipants = "no participant or place could be identified"
    case undatedStatement = "statement without a date of its own"
    case spokenAtGathering = "said at the gathering just reported: part of it, not a statement of its own"
    case readout = "the readout of a call or meeting the article reports: part of it, not a statement of its own"
    case weakAgreement = "agreement word without a verb of concluding"
    case domestic = "everyone taking part serves the same state, at home: not diplomacy"
}

/// One event as a sentence reports it, before dates and descriptions are resolved.
struct EventMention: Sendable {
    var sentence: Int
    var classes: Set<String>
    var firstTrigger: Int
    var lastTrigger: Int
    var spanStart: Int
    var spanEnd: Int
    var type: EventType?
    var mode: ConsultMode?
    var actors: [ActorMention]
    var hasGroupAnaphor: Bool
    var date: DateMention?
    var locationID: String?
    var regionIDs: [String]
    var rejection: Rejection?
    /// Introduced by a determiner that points back ("cet appel", "la rencontre", "the deal").
    var isAnaphoric: Bool
    /// A noun after a definite article ("the grain deal", "l'accord"): the article's event of that kind
    /// when there is one and the mention has no date of its own.
    var isDefinite = false
    /// "qui se rencontraient": its own participants, the noun phrase before "qui".
    var isRelativeClause = false
    /// A joint declaration: an agreement only when two named people make it.
    var needsTwoPeople = false
    /// Met in person (rencontre, réunion, visite), as opposed to "discussed with".
    var inPerson = false
    /// An exchange read from words addressed to someone: a call or a meeting, whichever the article says.
    var weakType = false
    /// From the headline.
    var isTitle = false
    /// Introduced by "après", "after", "à la suite de": another event than the one before it in the sentence.
    var isSequenced = false
    /// A summit noun qualified by exactly two states ("le sommet franco-britannique"): a bilateral meeting.
    var twoStateSummit = false
}
