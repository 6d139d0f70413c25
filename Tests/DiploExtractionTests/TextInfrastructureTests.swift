import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

/// The byte-level knowledge reader and the phrase tries' quick rejection of tokens.
@Suite struct TextInfrastructureTests {
    @Test func tsvFilesAreReadLikeFoundationWouldTrimThem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-tsv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.tsv")
        let text = "# comment\r\n\r\n  Q1 \tperson\t\u{00A0}Éric\u{00A0}\t Poutine | Putin |\u{202F}| \r\n \t \nQ2\te\u{301}te\u{301}\n#tail"
        try Data(text.utf8).write(to: file)
        let rows = try TSVFile.load(file).rows
        #expect(rows.count == 2)
        #expect(rows[0].line == 3 && rows[1].line == 5)
        #expect(rows[0].fields == ["Q1", "person", "Éric", "Poutine | Putin |\u{202F}|"])
        #expect(rows[0].list(3) == ["Poutine", "Putin"])
        // Fields are NFC, as the text they are matched against.
        #expect(rows[1][1] == "été" && rows[1][1].unicodeScalars.count == 3)
    }

    @Test func everyPhraseIsStillFoundAfterTheQuickRejection() {
        var trie = PhraseTrie<Int>()
        let words = ["accord", "sommet", "téléphone", "conversation", "rencontre", "visite", "Poutine", "Erdoğan", "G20", "1er"]
        var phrases: [String] = []
        for (i, a) in words.enumerated() {
            for (j, b) in words.enumerated() where j != i {
                let phrase = a + " " + b
                phrases.append(phrase)
                trie.insert(phrase: phrase, value: phrases.count)
            }
        }
        trie.insert(phrase: "rencontr* officielle", value: -1)
        for (n, phrase) in phrases.enumerated() {
            let tokens = Tokenizer.tokenize("Hier, " + phrase + ".")
            #expect(trie.longestMatch(in: tokens, at: 2)?.values == [n + 1], "\(phrase)")
            #expect(trie.matches(in: tokens, at: 1).isEmpty)
        }
        // Prefix patterns at the root and characters lost to a bad encoding still match.
        #expect(trie.longestMatch(in: Tokenizer.tokenize("rencontrera officielle"), at: 0)?.values == [-1])
        #expect(trie.longestMatch(in: Tokenizer.tokenize("conversation t?l?phone"), at: 0)?.end == 2)
        #expect(trie.longestMatch(in: Tokenizer.tokenize("sommet conversations"), at: 0) == nil)
    }

    @Test func tokenKeysFollowTheirText() {
        var t = Tokenizer.tokenize("Poutine")[0]
        #expect(t.foldedKey == Token.key("poutine"))
        t.folded = "erdogan"
        #expect(t.foldedKey == Token.key("erdogan"))
        #expect(Tokenizer.tokenize("fran?ais")[0].hasLostCharacter)
        #expect(!Tokenizer.tokenize("français")[0].hasLostCharacter)
    }

    /// Scraped paragraphs are often glued without a space ("…le 2 mars.Les deux dirigeants…"): the period
    /// still ends the sentence, so a date of the first does not date the event of the second. Periods
    /// inside abbreviations, host names and initials do not.
    @Test func aPeriodGluedToACapitalisedWordEndsASentence() {
        let splitter = SentenceSplitter(abbreviations: ["m"])
        let glued = splitter.split("Il a renversé le régime le 2 mars.Les deux hommes se sont vus. Le texte de 2021.The end.", baseOffset: 0)
        #expect(glued.map(\.text) == ["Il a renversé le régime le 2 mars.", "Les deux hommes se sont vus.", "Le texte de 2021.", "The end."])
        let kept = splitter.split("Selon les U.S.Marines et lemonde.fr, M.Macron a visité St.Petersburg hier.", baseOffset: 0)
        #expect(kept.count == 1)
    }
}
