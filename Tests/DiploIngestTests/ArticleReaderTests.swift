import DiploModel
import Foundation
import Testing
@testable import DiploIngest

/// A fresh temporary directory, removed when the value goes away.
final class TempDir {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-ingest-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) -> URL { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> URL {
        let u = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: u)
        return u
    }
}

func articles(_ results: [ReadResult]) -> [Article] { results.compactMap { try? $0.get() } }
func failures(_ results: [ReadResult]) -> [IngestError] {
    results.compactMap { if case .failure(let e) = $0 { return e } else { return nil } }
}
func single(_ url: URL, defaultPublished: CalendarDate? = nil) throws -> Article {
    let r = try ArticleReader.read(fileAt: url, defaultPublished: defaultPublished)
    #expect(r.count == 1)
    return try r[0].get()
}

let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SampleData")

@Suite struct FrontMatterTests {
    @Test func seedArticles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: sampleData.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        for f in files {
            let a = try single(sampleData.appendingPathComponent(f))
            #expect(a.name == f)
            #expect(a.language == "fr")
            #expect(a.title?.isEmpty == false)
            #expect(a.published != nil)
            #expect(!a.text.hasPrefix("---"))
            #expect(!a.text.contains("\ntitle:"))
            // The text is exactly what follows the closing fence.
            let raw = try String(contentsOf: sampleData.appendingPathComponent(f), encoding: .utf8)
            let fence = raw.range(of: "\n---\n")!
            #expect(a.text == String(raw[fence.upperBound...]).precomposedStringWithCanonicalMapping)
        }
        let first = try single(sampleData.appendingPathComponent("000_6de5e9cd064b1448.txt"))
        #expect(first.title == "Poutine dit à Erdogan vouloir une fin \"rapide\" de l'offensive des rebelles en Syrie")
        #expect(first.published == CalendarDate(year: 2024, month: 12, day: 3))
        #expect(first.text.hasPrefix("Rechercher\n"))
    }

    @Test func keysQuotesTimestampAndUnknownKeys() throws {
        let d = TempDir()
        let u = d.write("a.md", """
        ---
        title: "Putin: talks with Erdogan"
        url: 'https://example.org/a'
        published: 2020-02-21T10:31:00+01:00
        language: en-GB
        source: Example
        author: Nobody
        ---
        Body line one.
        Body line two.
        """)
        let a = try single(u)
        #expect(a.title == "Putin: talks with Erdogan")
        #expect(a.url == "https://example.org/a")
        #expect(a.published == CalendarDate(year: 2020, month: 2, day: 21))
        #expect(a.language == "en")
        #expect(a.source == "Example")
        #expect(a.text == "Body line one.\nBody line two.")
    }

    @Test func textDecodedAsLatin1UpstreamIsRepairedInEveryFormat() throws {
        let d = TempDir()
        // What a UTF-8 page looks like after a scraper decoded it as Windows-1252 and saved it as UTF-8.
        let broken = "Luiz InÃ¡cio Lula da Silva a reÃ§u Ã‰douard Philippe Ã\u{00A0}lâ€™Ã‰lysÃ©e."
        let fixed = "Luiz Inácio Lula da Silva a reçu Édouard Philippe àl’Élysée."
        #expect(try single(d.write("a.txt", "---\nlanguage: fr\n---\n\(broken)\n")).text == fixed + "\n")
        let line = #"{"title": "t", "text": "\#(broken)", "date_publish": "2023-08-24 10:00:00"}"#
        #expect(try single(d.write("b.jsonl", line + "\n")).text == fixed)
        // Ordinary text, accents and symbols included, is left alone.
        let plain = "« Ça va », dit-il à 20 °C, l'été à Orléans — Ã seule n'est pas une séquence."
        #expect(try single(d.write("c.txt", plain + "\n")).text == plain + "\n")
    }

    @Test func noFrontMatterAndDefaultPublished() throws {
        let d = TempDir()
        let u = d.write("plain.txt", "Just text.\n")
        let def = CalendarDate(year: 2021, month: 5, day: 4)!
        let a = try single(u, defaultPublished: def)
        #expect(a.text == "Just text.\n")
        #expect(a.title == nil)
        #expect(a.published == def)
        // A date in the file wins over the default.
        let v = d.write("dated.txt", "---\npublished: 2019-01-02\n---\nText.")
        #expect(try single(v, defaultPublished: def).published == CalendarDate(year: 2019, month: 1, day: 2))
    }

    @Test func malformedFrontMatter() throws {
        let d = TempDir()
        let unclosed = d.write("u.txt", "---\ntitle: x\nText without a closing fence.\n")
        #expect(throws: IngestError.self) { try ArticleReader.read(fileAt: unclosed) }
        do {
            _ = try ArticleReader.read(fileAt: unclosed)
        } catch let e as IngestError {
            guard case .malformedFrontMatter(_, let line, _) = e else { Issue.record("wrong error \(e)"); return }
            #expect(line == 3)
            #expect(e.description.hasPrefix(ArticleReader.displayPath(unclosed) + ":3: malformed front matter"))
        }
        let neverClosed = d.write("n.txt", "---\ntitle: x\n")
        do {
            _ = try ArticleReader.read(fileAt: neverClosed)
            Issue.record("expected an error")
        } catch let e as IngestError {
            guard case .malformedFrontMatter = e else { Issue.record("wrong error \(e)"); return }
        }
    }

    @Test func aTitleOpeningWithAQuotationIsTakenAsWritten() throws {
        let d = TempDir()
        let f = d.write("q.txt", "---\ntitle: \"Nous ne céderons pas\" : le président turc répond à Washington\npublished: 2018-08-11\n---\nLe président turc a parlé samedi.\n")
        let a = try single(f)
        #expect(a.title == "\"Nous ne céderons pas\" : le président turc répond à Washington")
        #expect(a.published?.iso == "2018-08-11")
    }

    @Test func impossibleDate() throws {
        let d = TempDir()
        let u = d.write("bad.txt", "---\npublished: 2020-02-30\n---\nText.")
        do {
            _ = try ArticleReader.read(fileAt: u)
            Issue.record("expected an error")
        } catch let e as IngestError {
            #expect(e == .invalidDate(file: ArticleReader.displayPath(u), value: "2020-02-30"))
            #expect(e.description.contains("2020-02-30"))
        }
        let leap = d.write("leap.txt", "---\npublished: 2020-02-29\n---\nText.")
        #expect(try single(leap).published == CalendarDate(year: 2020, month: 2, day: 29))
    }
}

@Suite struct EncodingTests {
    @Test func windows1252() throws {
        let d = TempDir()
        // "Café œuvre – “x”" in cp1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x9C] + Array("uvre ".utf8) + [0x96, 0x20, 0x93, 0x78, 0x94]
        let a = try single(d.write("latin.txt", bytes: bytes))
        #expect(a.text == "Café œuvre – \u{201C}x\u{201D}")
    }

    @Test func mostlyUTF8WithStrayLatin1Bytes() throws {
        let d = TempDir()
        // "Téhéran" in UTF-8, then "é" as a lone Latin-1 byte: the file is not valid UTF-8.
        let bytes: [UInt8] = Array("Téhéran, ".utf8) + [0xE9, 0x74, 0xE9, 0x2E]
        let a = try single(d.write("mixed.txt", bytes: bytes))
        #expect(a.text == "Téhéran, été.")
    }

    @Test func bomAndCRLF() throws {
        let d = TempDir()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nLine 1\r\nLine 2\rLine 3\r\n".utf8)
        let a = try single(d.write("bom.txt", bytes: bytes))
        #expect(a.title == "T")
        #expect(a.text == "Line 1\nLine 2\nLine 3\n")
    }

    @Test func nfc() throws {
        let d = TempDir()
        let a = try single(d.write("nfd.txt", "Te\u{0301}he\u{0301}ran"))
        #expect(a.text.unicodeScalars.count == 7)
        #expect(a.text == "Téhéran")
    }

    @Test func binaryRejected() throws {
        let d = TempDir()
        let cases: [(String, [UInt8])] = [
            ("doc.txt", Array("%PDF-1.4\n".utf8)),
            ("img.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0]),
            ("db.json", Array("SQLite format 3\u{0}".utf8)),
            ("arch.txt", [0x50, 0x4B, 0x03, 0x04, 0x14]),
            ("nul.txt", Array("text".utf8) + [0, 0, 1] + Array("more".utf8)),
        ]
        for (name, bytes) in cases {
            let u = d.write(name, bytes: bytes)
            do {
                _ = try ArticleReader.read(fileAt: u)
                Issue.record("\(name) accepted")
            } catch let e as IngestError {
                guard case .binaryFile = e else { Issue.record("\(name): \(e)"); continue }
                #expect(e.description.hasPrefix(ArticleReader.displayPath(u) + ": binary file"))
            }
        }
    }

    @Test func emptyFiles() throws {
        let d = TempDir()
        for (name, text) in [("e.txt", ""), ("w.txt", " \n\t\r\n "), ("fm.txt", "---\ntitle: x\n---\n\n"),
                             ("e.html", "<html><script>x</script></html>"), ("e.jsonl", "\n\n")] {
            let u = d.write(name, text)
            do {
                let r = try ArticleReader.read(fileAt: u)
                Issue.record("\(name) accepted: \(r)")
            } catch let e as IngestError {
                #expect(e == .emptyFile(file: ArticleReader.displayPath(u)), "\(name)")
            }
        }
    }

    @Test func unsupportedAndMissing() throws {
        let d = TempDir()
        let u = d.write("a.docx", "x")
        #expect(throws: IngestError.unsupportedFormat(file: ArticleReader.displayPath(u), extension: "docx")) {
            try ArticleReader.read(fileAt: u)
        }
        let missing = d.url.appendingPathComponent("missing.txt")
        #expect(throws: IngestError.notFound(file: ArticleReader.displayPath(missing))) {
            try ArticleReader.read(fileAt: missing)
        }
    }

    @Test func relativePathInMessages() {
        let e = IngestError.invalidJSON(file: "articles/x.jsonl", line: 17, reason: "unexpected end of data")
        #expect(e.description == "articles/x.jsonl:17: invalid JSON (unexpected end of data)")
        #expect(e.localizedDescription == e.description)
        #expect(ArticleReader.displayPath(URL(fileURLWithPath: "articles/x.jsonl")) == "articles/x.jsonl")
    }
}

@Suite struct HTMLTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="fr-FR"><head>
    <title>Titre de l&#39;onglet | Site</title>
    <meta property="og:title" content="Poutine et Erdogan s&#8217;entretiennent">
    <meta property="article:published_time" content="2020-02-21T10:31:00+01:00">
    <link rel="canonical" href="https://www.example.fr/article/1">
    <style>body { color: red } p > a { }</style>
    <script>var x = "<p>not text</p>"; if (a < b && c > d) {}</script>
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-01"}</script>
    </head>
    <body>
    <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
    <!-- a comment <p>hidden</p> -->
    <article>
    <h1>Poutine et   Erdogan</h1>
    <p>Le pr&eacute;sident russe a parl&eacute; avec son homologue turc &laquo;&nbsp;vendredi&nbsp;&raquo;.</p>
    <p>Deuxi&#232;me   paragraphe,
    sur deux lignes &amp; une esperluette. 3 &lt; 4.<br>Ligne suivante.</p>
    <figure><img src="x.jpg"><figcaption>Photo AFP</figcaption></figure>
    <noscript>Activez JavaScript</noscript>
    <aside>À lire aussi : autre chose</aside>
    </article>
    <footer>© Le site</footer>
    </body></html>
    """

    @Test func extractsTextAndMetadata() throws {
        let d = TempDir()
        let a = try single(d.write("page.html", Self.page))
        #expect(a.name == "page.html")
        #expect(a.title == "Poutine et Erdogan s\u{2019}entretiennent")
        #expect(a.published == CalendarDate(year: 2020, month: 2, day: 21))
        #expect(a.language == "fr")
        #expect(a.url == "https://www.example.fr/article/1")
        #expect(a.source == "example.fr")
        let lines = a.text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Poutine et Erdogan",
            "Le président russe a parlé avec son homologue turc «\u{A0}vendredi\u{A0}».",
            "Deuxième paragraphe, sur deux lignes & une esperluette. 3 < 4.",
            "Ligne suivante.",
        ])
        // A photo's caption describes the picture, not the news.
        #expect(!a.text.contains("Photo AFP"))
        #expect(!a.text.contains("not text"))
        #expect(!a.text.contains("color"))
        #expect(!a.text.contains("Accueil"))
        #expect(!a.text.contains("hidden"))
        #expect(!a.text.contains("JavaScript"))
    }

    @Test func dateFallbacks() throws {
        let d = TempDir()
        let jsonld = d.write("j.htm", """
        <html><head><title>T</title><script type="application/ld+json">
        {"@context":"https://schema.org","datePublished" : "2018-09-07T12:00:00Z"}</script></head>
        <body><p>Text.</p></body></html>
        """)
        var a = try single(jsonld)
        #expect(a.published == CalendarDate(year: 2018, month: 9, day: 7))
        #expect(a.title == "T")
        let time = d.write("t.html", """
        <body><time datetime="2000-01-01">old</time><article><h1>Head <b>line</b></h1>
        <time datetime="2021-03-04T08:00">4 mars</time><p>Text.</p></article></body>
        """)
        a = try single(time)
        #expect(a.published == CalendarDate(year: 2021, month: 3, day: 4))
        #expect(a.title == "Head line")
        let meta = d.write("m.html", "<meta name=date content=2022-07-22><meta itemprop=\"datePublished\" content=\"2001-01-01\"><p>x</p>")
        #expect(try single(meta).published == CalendarDate(year: 2022, month: 7, day: 22))
        let none = d.write("none.html", "<p>x</p>")
        #expect(try single(none, defaultPublished: CalendarDate(year: 2010, month: 1, day: 1)).published
                == CalendarDate(year: 2010, month: 1, day: 1))
        let bad = d.write("bad.html", "<meta property=\"article:published_time\" content=\"2020-02-30\"><time datetime=\"x\"></time><p>x</p>")
        #expect(try single(bad).published == nil)
    }

    @Test func malformedAndDeeplyNested() throws {
        let d = TempDir()
        var html = "<html><body>"
        for _ in 0..<100_000 { html += "<div><span>" }
        html += "deep text"
        html += "<p unclosed='x>still attr"  // unterminated attribute at the end
        let a = try single(d.write("deep.html", html))
        #expect(a.text == "deep text")
        let broken = d.write("broken.html", "a < b and c > d <p>para &unknown; &amp &#x41;&#65 &#0; </div></nav> end<")
        let text = try single(broken).text
        #expect(text == "a < b and c > d\n\npara &unknown; & AA \u{FFFD}\n\nend<")
        let table = d.write("table.html", "<table><tr><td>Moscou</td><td>Ankara</td></tr><tr><th>a</th><td>b</td></tr></table>")
        #expect(try single(table).text == "Moscou Ankara\na b")
        // An unclosed <nav> would hide everything: the landmarks are kept instead.
        let nav = d.write("nav.html", "<nav><p>Only content</p>")
        #expect(try single(nav).text == "Only content")
    }
}

@Suite struct JSONTests {
    @Test func newsPleaseObjectAndArray() throws {
        let d = TempDir()
        let one = d.write("one.json", """
        {"title": "T1", "maintext": "Main\\r\\ntext.", "text": "ignored", "date_publish": "2020-02-21 10:31:00",
         "url": "https://www.lemonde.fr/x", "language": "fr", "source_domain": "lemonde.fr", "authors": []}
        """)
        let a = try single(one)
        #expect(a.name == "one.json")
        #expect(a.title == "T1")
        #expect(a.text == "Main\ntext.")
        #expect(a.published == CalendarDate(year: 2020, month: 2, day: 21))
        #expect(a.source == "lemonde.fr")
        #expect(a.language == "fr")
        #expect(a.url == "https://www.lemonde.fr/x")

        let arr = d.write("arr.json", """
        [{"title": "A", "text": "Alpha."}, {"title": "B", "maintext": null, "description": "Desc."},
         {"title": "C"}, 42, {"text": "D.", "date_publish": "yesterday"}]
        """)
        let r = try ArticleReader.read(fileAt: arr, defaultPublished: CalendarDate(year: 2000, month: 1, day: 1))
        #expect(r.count == 5)
        let good = articles(r)
        #expect(good.map(\.name) == ["arr.json#1", "arr.json#2"])
        #expect(good.map(\.text) == ["Alpha.", "Desc."])
        #expect(good[0].published == CalendarDate(year: 2000, month: 1, day: 1))
        let bad = failures(r)
        #expect(bad.count == 3)
        #expect(bad[0] == .missingText(file: ArticleReader.displayPath(arr), record: 3))
        #expect(bad[1].description.contains(":4: invalid record"))
        #expect(bad[2].description.contains("yesterday"))

        let broken = d.write("broken.json", "[{\"text\": \"x\"")
        #expect(throws: IngestError.self) { try ArticleReader.read(fileAt: broken) }
    }

    @Test func jsonLinesWithBadLine() throws {
        let d = TempDir()
        let u = d.write("feed.jsonl", """
        {"title": "One", "maintext": "First article.", "date_publish": "2024-12-03T09:00:00Z"}
        {"title": "Two", "maintext": "Second
        
        {"title": "Three", "maintext": "Third article.", "language": "en"}
        ["not", "an", "object"]
        {"title": "Five", "maintext": ""}
        """)
        let r = try ArticleReader.read(fileAt: u)
        #expect(r.count == 5)
        let good = articles(r)
        #expect(good.map(\.name) == ["feed.jsonl#1", "feed.jsonl#4"])
        #expect(good[0].published == CalendarDate(year: 2024, month: 12, day: 3))
        #expect(good[1].language == "en")
        let bad = failures(r)
        let path = ArticleReader.displayPath(u)
        #expect(bad.count == 3)
        guard bad.count == 3 else { return }
        guard case .invalidJSON(let f, let line, let reason) = bad[0] else { Issue.record("\(bad[0])"); return }
        #expect(f == path)
        #expect(line == 2)
        #expect(!reason.isEmpty)
        #expect(bad[0].description.hasPrefix("\(path):2: invalid JSON ("))
        #expect(!bad[0].description.contains("\n"))
        #expect(bad[1].description.hasPrefix("\(path):5:"))
        #expect(bad[2] == .missingText(file: path, record: 6))
    }
}
