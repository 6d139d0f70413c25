import DiploModel
import Foundation
import Testing
@testable import DiploTimeline

/// A minimal RFC 4180 reader for checking the CSV output.
func parseCSV(_ s: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var chars = Array(s.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if inQuotes {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" {
            inQuotes = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\r" && chars.first == "\n" {
            chars.removeFirst(); row.append(field); field = ""; rows.append(row); row = []
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite struct JSONLinesTests {
    let expectedKeys = ["id", "type", "cameo", "plover", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
                        "participants", "location", "regions", "sources", "mode", "countries", "n_sources"]

    @Test func oneObjectPerLineWithKeysInFixedOrder() throws {
        let out = Exporters.jsonLines([callEvent, trickyEvent])
        #expect(out.hasSuffix("\n"))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(expectedKeys))
            // Key order: each top-level key appears after the previous one.
            var last = line.startIndex
            for k in expectedKeys {
                let r = try #require(line.range(of: "\"\(k)\":", range: last..<line.endIndex), "key \(k) out of order")
                last = r.upperBound
            }
        }
        #expect(lines[0].hasPrefix(#"{"id":"e1","type":"call","cameo":"041","plover":"CONSULT/phone","date":"2020-02-21","date_precision":"day","date_earliest":"2020-02-21","date_latest":"2020-02-21","date_basis":"explicit","participants":[{"name":"Vladimir Putin","wikidata":"Q7747","country":"RU","kind":"person","id":"Q7747"}"#))
        #expect(lines[0].contains(#""location":null"#))
        #expect(lines[0].contains(#""regions":[{"name":"Idlib","id":"local:sy-idlib-gov"}]"#))
        #expect(lines[0].hasSuffix(#""mode":"phone","countries":["RU","TR"],"n_sources":1}"#))
        #expect(lines[0].contains(#""sources":[{"article":"a.txt","url":"https://example.org/a","title":"Appel","published":"2020-02-22","evidence":"#))
    }

    @Test func datesAreTruncatedToTheirPrecisionAndNullsAreExplicit() throws {
        let line = Exporters.jsonLines([trickyEvent])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(o["date"] as? String == "2019-10")
        #expect(o["date_precision"] as? String == "month")
        #expect(o["date_earliest"] as? String == "2019-10-01")
        #expect(o["date_latest"] as? String == "2019-10-31")
        #expect(o["date_basis"] as? String == "relative")
        let participants = try #require(o["participants"] as? [[String: Any]])
        #expect(participants[1]["wikidata"] is NSNull)
        #expect(participants[1]["country"] is NSNull)
        #expect((o["location"] as? [String: Any])?["name"] as? String == "Sochi")
        let sources = try #require(o["sources"] as? [[String: Any]])
        #expect(sources[0]["url"] is NSNull)
        #expect(sources[0]["published"] is NSNull)
    }

    @Test func stringsAreEscapedAndRoundTrip() throws {
        let line = Exporters.jsonLines([trickyEvent])
        #expect(line.contains(#"He said \"stop\", then, after a pause,\nleft.\tTab\u2028end \\ back"#))
        #expect(!line.dropLast().contains("\n"))
        let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let sources = try #require(o["sources"] as? [[String: Any]])
        #expect(sources[0]["evidence"] as? String == trickyEvent.sources[0].evidence)
        #expect(sources[0]["title"] as? String == "=HYPERLINK(\"x\")")
        // Control characters and non-ASCII text.
        var w = JSONWriter()
        w.string("a\u{01}b\u{1F}é☃")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a\\u0001b\\u001fé☃\"")
    }

    @Test func outputIsDeterministic() {
        let events = [callEvent, trickyEvent]
        #expect(Exporters.jsonLines(events) == Exporters.jsonLines(events))
        #expect(Exporters.csv(events) == Exporters.csv(events))
        #expect(Exporters.json(events) == Exporters.json(events))
    }

    @Test func jsonArrayHoldsTheSameObjects() throws {
        for pretty in [true, false] {
            let out = Exporters.json([callEvent, trickyEvent], pretty: pretty)
            let array = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
            #expect(array.count == 2)
            #expect(array[1]["date"] as? String == "2019-10")
            #expect(pretty == out.contains("\n  {"))
        }
        #expect(Exporters.json([], pretty: true) == "[]\n")
        #expect(Exporters.json([], pretty: false) == "[]\n")
    }

    @Test func streamingInSmallChunksGivesTheSameBytes() throws {
        for format in [ExportFormat.jsonl, .json, .csv] {
            var chunks: [[UInt8]] = []
            let writer = EventStreamWriter(format: format, chunkSize: 16) { chunks.append($0) }
            for e in [callEvent, trickyEvent, callEvent] { try writer.write(e) }
            try writer.finish()
            try writer.finish()
            #expect(chunks.count > 1)
            #expect(String(decoding: chunks.flatMap { $0 }, as: UTF8.self)
                == Exporters.render([callEvent, trickyEvent, callEvent], format: format))
        }
        var text = ""
        Exporters.write([callEvent, trickyEvent], format: .jsonl, to: &text)
        #expect(text == Exporters.jsonLines([callEvent, trickyEvent]))
    }
}

@Suite struct CSVTests {
    @Test func headerAndCRLFLineEnds() {
        let out = Exporters.csv([callEvent])
        #expect(out.hasPrefix("id,date,date_precision,date_earliest,date_latest,date_basis,type,cameo,plover,participants,participant_qids,countries,location,regions,evidence,sources,source_urls,n_sources\r\n"))
        #expect(out.hasSuffix("\r\n"))
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(Exporters.csv([]) == Exporters.csvColumns.joined(separator: ",") + "\r\n")
    }

    @Test func quotesCommasAndNewlinesAreQuoted() throws {
        let out = Exporters.csv([callEvent, trickyEvent])
        let rows = parseCSV(out)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == Exporters.csvColumns.count })
        let header = rows[0]
        func cell(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
        let r = rows[2]
        #expect(cell(r, "evidence") == trickyEvent.sources[0].evidence + "; =1+1")
        #expect(cell(r, "date") == "2019-10")
        #expect(cell(r, "participants") == "Recep Tayyip Erdoğan; Jean Dupont")
        #expect(cell(r, "participant_qids") == "Q39259; ")
        #expect(cell(r, "countries") == "TR")
        #expect(cell(r, "location") == "Sochi")
        #expect(cell(r, "regions") == "Syria; Idlib")
        #expect(cell(r, "sources") == "b.txt; c.txt")
        #expect(cell(r, "source_urls") == "; https://example.org/c?a=1,b=2")
        #expect(cell(r, "n_sources") == "2")
        #expect(cell(rows[1], "participant_qids") == "Q7747; Q39259")
        #expect(cell(rows[1], "plover") == "CONSULT/phone")
        // The raw text doubles quotes inside a quoted field.
        #expect(out.contains(#""He said ""stop"", then, after a pause,"#))
    }

    @Test func formulaCellsAreNeutralised() throws {
        for dangerous in ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx"] {
            var bytes: [UInt8] = []
            Exporters.appendCSVField(dangerous, to: &bytes)
            let cell = parseCSV(String(decoding: bytes, as: UTF8.self) + "\r\n").first?.first
            #expect(cell == "'" + dangerous, "\(dangerous.debugDescription)")
        }
        for safe in ["2019-10", "Putin", "", "a=b", " =x"] {
            #expect(Exporters.neutraliseFormula(safe) == safe)
        }
        var e = trickyEvent
        e.sources = [source("=cmd|' /C calc'!A0", "-evil")]
        let row = parseCSV(Exporters.csv([e]))[1]
        #expect(row[Exporters.csvColumns.firstIndex(of: "sources")!] == "'=cmd|' /C calc'!A0")
        #expect(row[Exporters.csvColumns.firstIndex(of: "evidence")!] == "'-evil")
    }
}

/// The byte-level paths for ASCII text give what the character-level ones give.
@Suite struct ASCIIFastPathTests {
    @Test func singleLineAndWidths() {
        let samples = ["", " ", "a", "  lead and trail \t", "a\r\nb\n\n c\u{0B}d\u{0C}e", "tab\tand  two", "x\u{7F}y\u{01}",
                       "Vladimir Poutine s'est entretenu", "Poutine\u{00A0}a dit", "Çavuşoğlu\n et\r\n Lavrov", "日本 語", "e\u{301}",
                       " \u{301}x", "a \u{301}b", "\u{301}a", "a\u{AD}b\u{85}c", "Erdoğan – Poutine … « x » ‰", "Nguyễn Phú Trọng",
                       "x\u{2028}y", "a\u{200D}b", "👍🏽 ok", "\u{1F1EB}\u{1F1F7}", "한국"]
        for s in samples {
            #expect(EventPresentation.singleLine(s) == s.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " "),
                    "\(s.debugDescription)")
            #expect(DisplayWidth.of(s) == s.reduce(0) { $0 + DisplayWidth.of($1) }, "\(s.debugDescription)")
        }
    }
}

/// The CSV row written straight from an event is the row of its `csvCells`, byte for byte.
@Suite struct DirectCSVRowTests {
    @Test func directRowsAreTheRowsOfTheCells() {
        var odd = trickyEvent
        odd.participants = [ActorRef(id: "local:x", name: "", kind: .person), ActorRef(id: "Q1", name: "-x", kind: .state, country: "FR")]
        odd.regions = [PlaceRef(id: "a", name: "=A"), PlaceRef(id: "b", name: "B, C")]
        odd.sources = [source("@a", "x\ry"), source("", "\"q\""), source("+c", "")]
        var empty = callEvent
        empty.participants = []; empty.regions = []; empty.sources = []; empty.location = PlaceRef(id: "p", name: "\tTab")
        var single = callEvent
        single.participants = [ActorRef(id: "local:y", name: "", kind: .person)]
        for e in [callEvent, trickyEvent, odd, empty, single] {
            var direct: [UInt8] = [], reference: [UInt8] = []
            Exporters.appendCSVRow(e, to: &direct)
            Exporters.appendCSVRow(Exporters.csvCells(e), to: &reference)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
        }
    }
}

@Suite struct TableTests {
    @Test func columnsAreAlignedByCharactersNotBytes() {
        let out = TableFormatter().render([callEvent, trickyEvent])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("DATE"))
        #expect(lines[1].hasPrefix("2020-02-21  "))
        #expect(lines[2].hasPrefix("2019-10 (month)  meeting"))
        // "PARTICIPANTS" starts at the same display column on every line.
        let col = DisplayWidth.of(String(lines[0][..<lines[0].range(of: "PARTICIPANTS")!.lowerBound]))
        let col1 = DisplayWidth.of(String(lines[1][..<lines[1].range(of: "Vladimir Putin")!.lowerBound]))
        let col2 = DisplayWidth.of(String(lines[2][..<lines[2].range(of: "Recep")!.lowerBound]))
        #expect(col == col1 && col1 == col2)
        let ev = DisplayWidth.of(String(lines[0][..<lines[0].range(of: "EVIDENCE")!.lowerBound]))
        let ev2 = DisplayWidth.of(String(lines[2][..<lines[2].range(of: "He said")!.lowerBound]))
        #expect(ev == ev2)
        #expect(!out.contains("\u{1B}"))
    }

    @Test func evidenceIsCutOnlyWhenAWidthIsGiven() {
        let long = String(repeating: "très longue phrase ", count: 20)
        var e = callEvent
        e.sources = [source("a.txt", long)]
        let full = TableFormatter().render([e])
        #expect(full.contains(long.trimmingCharacters(in: .whitespaces)))
        let cut = TableFormatter(maxWidth: 100).render([e])
        for line in cut.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 100) }
        #expect(cut.contains("…"))
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("Erdoğan") == 7)
        #expect(DisplayWidth.of("Erdog\u{306}an") == 7)
        #expect(DisplayWidth.of("北京") == 4)
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abc", to: 4) == "abc")
    }

    @Test func showListsEverySource() throws {
        let text = EventDetailFormatter.text(trickyEvent)
        #expect(text.contains("2019-10 (month, relative)"))
        #expect(text.contains("[1] b.txt"))
        #expect(text.contains("[2] c.txt"))
        #expect(text.contains("url:       https://example.org/c?a=1,b=2"))
        let json = EventDetailFormatter.json(trickyEvent)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(o["id"] as? String == "e2")
    }
}
