import DiploModel
import Foundation

/// Generates the events of the large query store: the people, places, event types and dates of the
/// article corpus (same generator, same popularity), each event with the sentence that reports it,
/// grouped three or so to a short article. They are loaded with `EventStore.bulkLoad`, which stores
/// each event as it is (no clustering), so a million events load in about a minute instead of the
/// hours a million-article import would take.
struct StoreGenerator {
    let generator: ArticleGenerator

    /// Store article `index` and its events (1 to 5, three on average).
    func article(_ index: Int) -> (article: Article, events: [ExtractedEvent]) {
        var r = SeededRandom(seed: generator.seed ^ 0x5702_E000 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let vocabulary = generator.vocabulary
        let langCode = r.chance(0.55) ? "fr" : "en"
        let lang = vocabulary.languages[langCode]!
        let published = CalendarDate(year: r.int(2000, 2025), month: r.int(1, 12), day: r.int(1, 28))!
        var text = ""
        var events: [ExtractedEvent] = []
        var lead: ArticleGenerator.Who?
        for _ in 0..<r.int(1, 5) {
            let scene = generator.scene(generator.eventType(&r), lead: lead, published: published, &r)
            lead = r.chance(0.5) ? scene.who.first : nil
            let sentence = generator.sentence(scene, lang, &r)
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += sentence
            events.append(ExtractedEvent(
                type: scene.type, mode: mode(scene, &r), date: date(scene, &r),
                participants: scene.who.map(generator.actorRef),
                location: scene.type == .call || scene.type == .statement || r.chance(0.3) ? nil : vocabulary.places[scene.place].ref,
                regions: r.chance(0.35) ? [vocabulary.places[scene.place2].ref] : [],
                evidence: [Evidence(sentence: sentence, start: start, end: text.utf8.count, isCore: events.isEmpty)]))
        }
        let article = Article(name: String(format: "store-%08d.txt", index), title: nil, url: nil, published: published,
                              language: langCode, source: "diplo-bench", text: text)
        return (article, events)
    }

    private func mode(_ scene: ArticleGenerator.Scene, _ r: inout SeededRandom) -> ConsultMode? {
        switch scene.type {
        case .call: return .phone
        case .meeting: return r.pick([ConsultMode.visit, .host, .thirdParty])
        case .summit: return .multilateral
        default: return nil
        }
    }

    /// Mostly days; some months and years, as partial dates in the news are.
    private func date(_ scene: ArticleGenerator.Scene, _ r: inout SeededRandom) -> EventDate {
        let d = scene.date
        let x = r.unit()
        if x < 0.78 { return .day(d, basis: r.chance(0.6) ? .relativeToPublication : .explicit) }
        if x < 0.95 { return .month(year: d.year, month: d.month, basis: .explicit) }
        return .year(d.year, basis: .explicit)
    }
}
