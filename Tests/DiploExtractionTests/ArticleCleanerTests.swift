import DiploIngest
import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let cleaner: ArticleCleaner = {
    let lexicon = try! CleanerLexicon.load(languagesDirectory: repoRoot.appendingPathComponent("Knowledge/lang"))
    return ArticleCleaner(lexicon: lexicon)
}()

private func seed(_ name: String) throws -> Article {
    try ArticleReader.read(fileAt: repoRoot.appendingPathComponent("SampleData/\(name)"))[0].get()
}

/// The kind of the first block whose text starts with `prefix`.
private func kind(_ blocks: [TextBlock], _ prefix: String) -> BlockKind? {
    blocks.first { $0.text.hasPrefix(prefix) }?.kind
}

private func kinds(_ blocks: [TextBlock], _ prefix: String) -> [BlockKind] {
    blocks.filter { $0.text.hasPrefix(prefix) }.map(\.kind)
}

@Suite struct ArticleCleanerTests {
    @Test func lexiconLoadsAllLanguages() throws {
        let lexicon = cleaner.lexicon
        #expect(lexicon.boilerplate.contains("Rechercher"))
        #expect(lexicon.boilerplate.contains("Advertisement"))
        #expect(lexicon.readAlso.contains("À lire aussi"))
        #expect(lexicon.creditMarkers.contains("AFP"))
        var bad = CleanerLexicon()
        #expect(throws: CleanerLexicon.LoadError.self) { try bad.merge(tsv: "nonsense\tx\n") }
        #expect(throws: CleanerLexicon.LoadError.self) { try bad.merge(tsv: "# ok\nno tab here\n") }
    }

    @Test func offsetsPointIntoTheText() throws {
        let text = "  Titre de l’article  \n\n\u{A0}Le président a parlé à Téhéran.\u{A0}\nÉtape deux. "
        let blocks = cleaner.blocks(of: text)
        #expect(blocks.count == 3)
        let bytes = Array(text.utf8)
        for b in blocks {
            #expect(String(decoding: bytes[b.start..<b.end], as: UTF8.self) == String(b.text))
            #expect(b.text.first?.isWhitespace == false)
            #expect(b.text.last?.isWhitespace == false)
        }
        #expect(blocks.map(\.text) == ["Titre de l’article", "Le président a parlé à Téhéran.", "Étape deux."])
        #expect(blocks.map(\.kind) == [.title, .body, .body])
    }

    @Test func aMenuKeepsItsItemsApartWithRunsOfSpaces() throws {
        let text = "Top Stories  Russia-Ukraine  Topics  Video  Sign in\n\nActualités\tInternational\tÉconomie\tSe connecter\n\nBiden warns Putin in hourlong call\n\nThe leaders spoke for just over an hour  on Saturday, the White House said.\n"
        let blocks = cleaner.blocks(of: text)
        #expect(kind(blocks, "Top Stories") == .boilerplate)
        #expect(kind(blocks, "Actualités") == .boilerplate)
        // A stray double space in prose is not a menu.
        #expect(kind(blocks, "The leaders spoke") == .body)
        let r = try Fixture.extract(text, published: "2022-02-12", language: "en")
        #expect(r.events(.agreement).isEmpty, "\(r.dump)")
    }

    @Test func seed000() throws {
        let a = try seed("000_6de5e9cd064b1448.txt")
        let b = cleaner.blocks(of: a.text, title: a.title)
        #expect(kinds(b, "Rechercher") == [.boilerplate, .boilerplate])
        #expect(kind(b, "Dernières Infos") == .boilerplate)
        #expect(kind(b, "Poutine dit à Erdogan") == .title)
        #expect(kind(b, "Le président russe Vladimir Poutine à la résidence") == .caption)
        #expect(kinds(b, "Le président russe Vladimir Poutine a déclaré mardi") == [.body, .repeatedLead])
        #expect(b.last?.kind == .repeatedLead)
        #expect(b.filter { $0.kind == .body }.count == 6)
        // Same result without the title hint.
        #expect(cleaner.blocks(of: a.text).map(\.kind) == b.map(\.kind))
    }

    @Test func seed001() throws {
        let a = try seed("001_836adc4d9bc2fcc6.txt")
        let b = cleaner.blocks(of: a.text, title: a.title)
        #expect(kind(b, "Dernières Nouvelles") == .boilerplate)
        #expect(kind(b, "Poutine et Erdogan discutent") == .title)
        #expect(kind(b, "Lien source") == .boilerplate)
        #expect(kind(b, "Les dirigeants de la Russie") == .body)
        #expect(kind(b, "Ankara va également") == .body)
        #expect(b.filter { $0.kind == .body }.count == 8)
        #expect(cleaner.blocks(of: a.text).map(\.kind) == b.map(\.kind))
    }

    @Test func seed002() throws {
        let a = try seed("002_ef8da07c6edbe8ef.txt")
        let b = cleaner.blocks(of: a.text, title: a.title)
        #expect(kinds(b, "Rechercher") == [.boilerplate, .boilerplate])
        #expect(kind(b, "Dernières Infos") == .boilerplate)
        #expect(kind(b, "Syrie : Poutine") == .title)
        #expect(kind(b, "Le président russe Vladimir Poutine. Sputnik") == .caption)
        #expect(kinds(b, "Le président russe Vladimir Poutine a assuré") == [.body, .repeatedLead])
        #expect(kind(b, "La présidence turque") == .body)
        #expect(b.filter { $0.kind == .body }.count == 4)
    }

    @Test func seed003() throws {
        let a = try seed("003_4781944b137cc95a.txt")
        let b = cleaner.blocks(of: a.text, title: a.title)
        #expect(kind(b, "Accéder au contenu principal") == .boilerplate)
        #expect(kind(b, "Les combats à Idleb") == .title)
        #expect(kinds(b, "Entre Moscou et Ankara") == [.caption, .caption])
        #expect(kind(b, "Alors que l'offensive") == .body)
        #expect(kind(b, "Publicité") == .boilerplate)
        #expect(kind(b, "À lire aussi") == .readAlso)
        #expect(kind(b, "Mais c'est") == .body)
        #expect(kind(b, "Newsletter") == .boilerplate)
        #expect(kind(b, "Page non trouvée") == .boilerplate)
        #expect(kind(b, "Le contenu auquel") == .boilerplate)
        #expect(b.filter { $0.kind == .body }.count == 5)
        #expect(cleaner.blocks(of: a.text).map(\.kind) == b.map(\.kind))
    }

    @Test func seed004() throws {
        let a = try seed("004_9856f75d85793106.txt")
        let b = cleaner.blocks(of: a.text, title: a.title)
        #expect(kind(b, "Poutine : Russie, Iran et Turquie") == .title)
        #expect(kinds(b, "Le président russe Vladimir Poutine a déclaré vendredi") == [.body, .repeatedLead])
        #expect(kind(b, "\"Notre priorité") == .body)
        #expect(b.filter { $0.kind == .body }.count == 6)
    }

    @Test func englishWireStory() {
        let text = """
        Skip to main content
        Search
        World
        - World
        Putin tells Erdogan he wants a quick end to Syria offensive
        By Guy Faulconbridge and Tuvan Gumrukcu
        Published Date: 06:03 | 22 July 2022
        Russian President Vladimir Putin attends a meeting in Moscow, Russia, December 2, 2024. Sputnik/Gavriil Grigorov/Pool via REUTERS
        MOSCOW, Dec 3 (Reuters) - Russian President Vladimir Putin told Turkish President Tayyip Erdogan on Tuesday that the offensive must end quickly, the Kremlin said.
        Advertisement
        Read more:
        Turkey and Russia agree on Idlib ceasefire
        "We need to stop the terrorist aggression," Putin was quoted as saying, according to a Kremlin source who spoke to AFP.
        Related: Erdogan calls for talks
        Follow our live coverage of the war in Ukraine
        Sign up for our daily newsletter
        Modified Date: 09:14 | 22 July 2022
        Putin tells Erdogan he wants a quick end to Syria offensive
        """
        let b = cleaner.blocks(of: text)
        let expected: [BlockKind] = [
            .boilerplate, .boilerplate, .boilerplate, .boilerplate, .title, .dateline, .dateline, .caption, .body,
            .boilerplate, .readAlso, .readAlso, .body, .readAlso, .boilerplate, .boilerplate, .dateline, .boilerplate,
        ]
        #expect(b.map(\.kind) == expected)
        for (block, kind) in zip(b, expected) where block.kind != kind {
            Issue.record("\(block.text): \(block.kind) ≠ \(kind)")
        }
    }

    @Test func captionsAndCredits() {
        let text = """
        Talks in Ankara

        Turkish President Tayyip Erdogan speaks during a news conference in Ankara.
        Photo: Adem Altan

        The two leaders spoke by phone for an hour on Friday.

        A picture released by the Kremlin shows the two leaders (AP Photo/Alexander Zemlianichenko)

        "We discussed Idlib," a Turkish official told AFP.

        Putin said Russia and Turkey would keep talking, Reuters reported on Friday.

        Le chef du Kremlin a été cité par l'AFP

        Dernière mise à jour à 08h58 le 23/09

        information fournie par Reuters 16/08/2025 à 09:38

        Par Marie Dupont

        Par ailleurs, les deux dirigeants ont évoqué la situation en Libye.

        Mardi 3 décembre 2024 à 10h31
        """
        let b = cleaner.blocks(of: text)
        #expect(b.map(\.kind) == [
            .title, .caption, .caption, .body, .caption, .body, .body, .body, .dateline, .dateline, .dateline, .body, .dateline,
        ])
    }

    @Test func wireDatelinesAreNotCredits() {
        let text = """
        MOSCOW, December 3. /TASS/. Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan discussed the situation in Syria by phone, the Kremlin press service said.
        ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan said Tuesday he had spoken with Putin.
        Image source, Getty Images
        Image caption, Mr Putin and Mr Erdogan last met in Astana in July
        Russia's President Vladimir Putin attends a meeting in Moscow. REUTERS/Maxim Shemetov/File Photo Purchase Licensing Rights, opens new tab
        The Kremlin said the call had been initiated by the Turkish side, according to AFP.
        """
        #expect(cleaner.blocks(of: text).map(\.kind) == [.body, .body, .caption, .caption, .caption, .body])
    }

    @Test func bareCreditInSingleSpacedTextKeepsNeighbours() {
        // Paragraphs separated by single newlines (news-please maintext): adjacency says nothing.
        let text = """
        Turkish President Tayyip Erdogan said on Friday he had spoken with Putin about Idlib.
        Photo: AFP
        Putin told Erdogan he was worried about the aggressive actions of the militants.
        The two leaders agreed to intensify consultations.
        """
        #expect(cleaner.blocks(of: text).map(\.kind) == [.body, .caption, .body, .body])
    }

    @Test func readAlsoAndTeasers() {
        let text = """
        Poutine reçoit Erdogan à Sotchi pour parler de la Syrie

        Guerre en Ukraine

        Le président russe Vladimir Poutine a reçu mardi son homologue turc Recep Tayyip Erdogan à Sotchi, sur les bords de la mer Noire.

        Lire aussi

        Syrie : l'offensive sur Idleb se poursuit

        A lire aussi : La Turquie menace Damas

        Les deux dirigeants ont évoqué le sort d'Idleb.

        Il a ajouté que rien n'était décidé.

        Le président russe Vladimir Poutine a reçu mardi son homologue turc Recep Tayyip Erdogan à Sotchi, sur les bords…
        """
        let b = cleaner.blocks(of: text)
        #expect(b.map(\.kind) == [.title, .boilerplate, .body, .readAlso, .readAlso, .readAlso, .body, .body, .repeatedLead])
    }

    @Test func bulletedHeadlinesUnderAReadAlsoHeadingAreLinks() {
        let text = """
        Turkish Foreign Minister Hakan Fidan met Wang Yi in Beijing on Monday.

        Related news
        - Fidan holds talks with Chinese counterpart
        - Erdogan meets Putin in Astana

        The two ministers discussed trade.
        """
        let b = cleaner.blocks(of: text)
        #expect(b.map(\.kind) == [.body, .readAlso, .readAlso, .readAlso, .body], "\(b.map(\.text))")
    }

    @Test func unbulletedHeadlinesRightUnderAReadAlsoHeadingAreLinks() {
        let text = """
        Turkish Foreign Minister Hakan Fidan met Wang Yi in Beijing on Monday.

        RELATED COVERAGE
        Erdogan meets Putin in Astana
        Fidan holds talks with Chinese counterpart

        (Reporting by Jane Doe; Editing by John Roe)
        """
        let b = cleaner.blocks(of: text)
        #expect(kinds(b, "Erdogan meets") == [.readAlso] && kinds(b, "Fidan holds") == [.readAlso], "\(b.map(\.kind)) \(b.map(\.text))")
    }

    @Test func bodyLinesStartingLikeChromeStayBody() {
        let text = """
        Search teams found the wreckage of the helicopter on Monday, officials said.
        Related talks were held in Geneva the following week between the delegations.
        Publicité mensongère : le ministre a annoncé une enquête sur ces pratiques.
        """
        #expect(cleaner.blocks(of: text).map(\.kind) == [.body, .body, .body])
    }

    @Test func speed() {
        // About 5,000 lines: cleaning must stay far below extraction cost.
        var text = ""
        for i in 0..<1000 {
            text += "Le président russe Vladimir Poutine a déclaré mardi \(i) qu'il souhaitait une fin « rapide » de l'offensive.\n\n"
            text += "Photo Vladimir ASTAPKOVICH / POOL / AFP\n"
            text += "À lire aussi : autre chose \(i)\n"
            text += "Rechercher\n"
            text += "Ankara et Moscou poursuivront le dialogue, a indiqué la présidence turque \(i).\n"
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = cleaner.blocks(of: text) }
        #expect(elapsed < .seconds(2))
    }
}
