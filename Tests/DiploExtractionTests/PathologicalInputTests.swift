import DiploIngest
import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

/// Inputs built to make extraction slow (issue 5: no input may make extraction superlinear). Each
/// must finish and give sound output; the structural checks below are what keeps the cost linear.
@Suite struct PathologicalInputTests {
    let splitter = SentenceSplitter()

    /// Text without sentence ends is cut into pieces of at most `maxSentenceBytes`, at spaces, with
    /// offsets that still point at the piece in the text, and no word lost.
    @Test func overlongSentencesAreCutAtSpaces() {
        let words = (0..<20_000).map { ["le", "président", "a", "rencontré", "Vladimir", "Poutine", "à", "Paris"][$0 % 8] }
        let text = words.joined(separator: " ")
        let sentences = splitter.split(text, baseOffset: 0)
        #expect(sentences.count > text.utf8.count / SentenceSplitter.maxSentenceBytes)
        let bytes = Array(text.utf8)
        for s in sentences {
            #expect(s.end - s.start <= SentenceSplitter.maxSentenceBytes)
            #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text)
            #expect(!s.text.hasPrefix(" ") && !s.text.hasSuffix(" "))
        }
        #expect(sentences.flatMap { $0.text.split(separator: " ") }.count == words.count)
        // Ordinary sentences are untouched.
        let normal = "Emmanuel Macron a appelé Vladimir Poutine jeudi. Les deux dirigeants ont parlé de la Syrie."
        #expect(splitter.split(normal, baseOffset: 10).map(\.text) == ["Emmanuel Macron a appelé Vladimir Poutine jeudi.", "Les deux dirigeants ont parlé de la Syrie."])
    }

    /// A run with no space at all is cut at a character boundary, never inside a UTF-8 sequence.
    @Test func overlongWordsAreCutBetweenCharacters() {
        let text = String(repeating: "éğ€", count: 3_000)  // 2-, 2- and 3-byte characters
        let sentences = splitter.split(text, baseOffset: 5)
        #expect(sentences.count >= 2)
        #expect(sentences.map(\.text).joined() == text)
        for s in sentences { #expect(s.end - s.start <= SentenceSplitter.maxSentenceBytes) }
        #expect(sentences.first?.start == 5)
    }

    @Test(arguments: PathologicalArticle.allCases)
    func pathologicalArticlesFinishWithSoundEvents(_ kind: PathologicalArticle) throws {
        let article = Article(name: "\(kind).txt", published: CalendarDate(iso: "2020-03-10"), language: "fr", text: kind.text)
        let result = try Fixture.extractor().extract(article)
        let utf8 = Array(article.text.utf8)
        for event in result.events {
            #expect(event.date.earliest <= event.date.latest)
            for e in event.evidence where e.end > e.start {
                #expect(e.end <= utf8.count)
                #expect(e.end - e.start <= SentenceSplitter.maxSentenceBytes)
            }
        }
        if kind == .thousandsOfSentences { #expect(!result.events.isEmpty) }
        // Events further apart than the look-back window are still told apart (none is lost or merged).
        if kind == .thousandsOfDistinctEvents { #expect(result.events.count == 1_200) }
    }
}

/// Texts that once made extraction quadratic or worse.
enum PathologicalArticle: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// Trigger words and names with no punctuation: one endless sentence.
    case noPunctuation
    /// Thousands of names joined by "et" in one sentence.
    case thousandsOfNames
    /// Thousands of short reports in one paragraph.
    case thousandsOfSentences
    /// Tokens with "?" (characters lost to a bad encoding), each compared with the knowledge base.
    case lostCharacters
    /// Parentheses and quotes never closed.
    case unbalancedBrackets
    /// Over a thousand distinct events (each a new date), each compared with the earlier ones.
    case thousandsOfDistinctEvents

    var testDescription: String { rawValue }

    var text: String {
        switch self {
        case .noPunctuation:
            let words = ["le", "président", "a", "rencontré", "jeudi", "à", "Paris", "son", "homologue", "sommet", "appel", "accord", "Poutine", "Macron"]
            return (0..<6_000).map { words[($0 * 7 + $0 / 3) % words.count] }.joined(separator: " ")
        case .thousandsOfNames:
            let names = ["Vladimir Poutine", "Emmanuel Macron", "Recep Tayyip Erdoğan", "Joe Biden", "Olaf Scholz", "Xi Jinping"]
            return (0..<2_000).map { names[$0 % names.count] }.joined(separator: " et ") + " se sont rencontrés à Moscou le 5 mars 2020."
        case .thousandsOfSentences:
            return (0..<3_000).map { "Emmanuel Macron a appelé Vladimir Poutine le \($0 % 28 + 1) mars 2020." }.joined(separator: " ")
        case .lostCharacters:
            return (0..<5_000).map { "fran?ais\($0 % 10) Poutine" }.joined(separator: " ")
        case .unbalancedBrackets:
            return String(repeating: "( « Vladimir Poutine a rencontré \" Macron ", count: 1_500) + "."
        case .thousandsOfDistinctEvents:
            let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            return (0..<1_200).map { "Emmanuel Macron a appelé Vladimir Poutine le \($0 % 28 + 1) \(months[($0 / 28) % 12]) \(1990 + $0 / 336)." }
                .joined(separator: " ")
        }
    }
}
