import DiploModel
import Foundation
import Testing
@testable import DiploTimeline

/// An event whose source URL must never become a link.
let scriptURLEvent = TimelineEvent(
    id: "e6", type: .summit, mode: .multilateral, cameo: "044", plover: "CONSULT/multilateral",
    date: .day(day("2024-12-03"), basis: .explicit), participants: [putin, erdogan], location: nil, regions: [],
    sources: [source("x.txt", "A <script>alert(1)</script> & \"quotes\"", url: "javascript:alert(1)", title: "<b>Title</b>")])

/// Unfolds iCalendar content lines (RFC 5545 §3.1) after checking the raw bytes: CRLF only,
/// at most 75 octets per line, no line broken inside a UTF-8 sequence.
func unfoldICS(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at \(i)") }
    var lines: [String] = []
    for raw in text.components(separatedBy: "\r\n").dropLast() {
        #expect(raw.utf8.count <= 75, "line longer than 75 octets: \(raw)")
        #expect(String(validatingUTF8: raw) != nil)
        if raw.hasPrefix(" ") { lines[lines.count - 1] += raw.dropFirst() } else { lines.append(raw) }
    }
    return lines
}

@Suite struct ICalendarTests {
    let events = [callEvent, trickyEvent, spreadsheetHostileEvents[0]]

    @Test func aCalendarOfAllDayEventsWithStableUIDs() throws {
        let ics = Exporters.render(events, format: .ics, title: "Putin, Erdoğan; calls")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//diplo//diplo timeline//EN\r\n"))
        #expect(ics.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        let lines = unfoldICS(ics)
        #expect(lines.contains("X-WR-CALNAME:Putin\\, Erdoğan\\; calls"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        #expect(lines.filter { $0.hasPrefix("UID:") } == ["UID:e1@diplo", "UID:e2@diplo", "UID:e3@diplo"])
        // A day, a month and a year: all-day ranges with an exclusive end.
        #expect(lines.filter { $0.hasPrefix("DTSTART") } == ["DTSTART;VALUE=DATE:20200221", "DTSTART;VALUE=DATE:20191001", "DTSTART;VALUE=DATE:20210101"])
        #expect(lines.filter { $0.hasPrefix("DTEND") } == ["DTEND;VALUE=DATE:20200222", "DTEND;VALUE=DATE:20191101", "DTEND;VALUE=DATE:20220101"])
        #expect(lines.filter { $0.hasPrefix("X-DIPLO-PRECISION") } == ["X-DIPLO-PRECISION:day", "X-DIPLO-PRECISION:month", "X-DIPLO-PRECISION:year"])
        // DTSTAMP: the latest publication of a source, else the end of the span — never the clock.
        #expect(lines.filter { $0.hasPrefix("DTSTAMP") } == ["DTSTAMP:20200222T000000Z", "DTSTAMP:20191031T000000Z", "DTSTAMP:20211231T000000Z"])
        #expect(lines.contains("SUMMARY:Call — Vladimir Putin\\, Recep Tayyip Erdoğan"))
        #expect(lines.contains("LOCATION:Sochi"))
        #expect(lines.contains("URL:https://example.org/a"))
        #expect(Exporters.render(events, format: .ics) == Exporters.render(events, format: .ics))
    }

    @Test func textIsEscapedAndLongLinesFolded() throws {
        #expect(ICalendar.escapeText("a,b;c\\d\ne\r\nf\rg\u{1}h") == "a\\,b\\;c\\\\d\\ne\\nf\\ng h")
        let lines = unfoldICS(Exporters.render([trickyEvent], format: .ics))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description.contains("He said \"stop\"\\, then\\, after a pause\\, left. Tab"))
        #expect(description.contains("\\\\ back"))
        #expect(!description.contains("\n"))
        // Folding never splits a multi-byte character, whatever the offset.
        for pad in 0..<4 {
            var out: [UInt8] = []
            ICalendar.appendLine("SUMMARY:" + String(repeating: "x", count: pad) + String(repeating: "é東", count: 40), to: &out)
            let text = String(decoding: out, as: UTF8.self)
            #expect(unfoldICS(text) == ["SUMMARY:" + String(repeating: "x", count: pad) + String(repeating: "é東", count: 40)])
        }
    }
}

@Suite struct TimelineJSTests {
    @Test func slidesHoldOnlyTheKnownPartsOfTheirDates() throws {
        let text = Exporters.render([callEvent, trickyEvent, spreadsheetHostileEvents[0], scriptURLEvent], format: .timelinejs,
                                    title: "Putin – Erdoğan")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let title = try #require((doc["title"] as? [String: Any])?["text"] as? [String: Any])
        #expect(title["headline"] as? String == "Putin – Erdoğan")
        let events = try #require(doc["events"] as? [[String: Any]])
        #expect(events.count == 4)
        #expect(events[0]["start_date"] as? [String: Int] == ["year": 2020, "month": 2, "day": 21])
        #expect(events[1]["start_date"] as? [String: Int] == ["year": 2019, "month": 10])
        #expect(events[2]["start_date"] as? [String: Int] == ["year": 2021])
        #expect(events.map { $0["group"] as? String } == ["call", "meeting", "statement", "summit"])
        #expect(events.map { $0["unique_id"] as? String } == ["e1", "e2", "e3", "e6"])
        let slide = try #require(events[0]["text"] as? [String: String])
        #expect(slide["headline"] == "Call — Vladimir Putin, Recep Tayyip Erdoğan")
        #expect(slide["text"]?.contains("<a href=\"https://example.org/a\" rel=\"noopener noreferrer\" target=\"_blank\">Appel</a>") == true)
        // Evidence is HTML-escaped, and a javascript: URL is never linked.
        let hostile = try #require((events[3]["text"] as? [String: String])?["text"])
        #expect(hostile.contains("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(hostile.contains("<cite>&lt;b&gt;Title&lt;/b&gt;</cite>"))
        #expect(!hostile.contains("javascript:"))
        #expect(!hostile.contains("<script"))
    }

    @Test func noTitleAndNoEventsIsStillADocument() throws {
        let text = Exporters.render([], format: .timelinejs)
        #expect(text == "{\"events\":[\n]}\n")
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }
}

@Suite struct HTMLPageTests {
    let events = [trickyEvent, callEvent, spreadsheetHostileEvents[0], scriptURLEvent].sorted { $0.date.value < $1.date.value }

    func page(_ grouping: LaneGrouping = .actor) -> String {
        HTMLTimelinePage(title: "Putin – Erdoğan <test>", subtitle: "actors: Vladimir Putin", grouping: grouping, focus: ["Q7747"]).render(events)
    }

    @Test func theHTMLPageIsSelfContained() {
        let html = page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        // Nothing is loaded: no external script, style sheet, image, frame or font.
        for needle in ["<script src", "<link", "<img", "<iframe", "@import", "url(http", "@font-face", "<object", "<embed"] {
            #expect(!html.contains(needle), "\(needle)")
        }
        // Nothing has a source to load; links go to the page itself or to the articles.
        #expect(!html.contains(" src="))
        for part in html.components(separatedBy: "href=\"").dropFirst() {
            let target = part.prefix { $0 != "\"" }
            #expect(target.hasPrefix("#") || target.hasPrefix("https://example.org/"), "\(target)")
        }
        #expect(html.components(separatedBy: "xmlns=\"").dropFirst().allSatisfy { $0.hasPrefix("http://www.w3.org/2000/svg\"") })
        #expect(html.contains("<svg class=\"timeline\""))
        #expect(html.contains("<table class=\"events\">"))
        #expect(html == page(), "the same events give the same bytes")
    }

    @Test func everythingFromTheDataIsEscaped() {
        let html = page()
        #expect(html.contains("<title>Putin – Erdoğan &lt;test&gt;</title>"))
        #expect(html.contains("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("javascript:alert"))
        #expect(html.components(separatedBy: "<script>").count == 2, "only the page's own script")
        #expect(html.contains("=cmd|&#39; /C calc&#39;!A0"))
    }

    @Test func lanesPerActorOrPerTypeAndPrecisionAsSpans() {
        let byActor = page(.actor)
        // The asked-for actor's lane comes first; each participant has a lane.
        let lanes = byActor.components(separatedBy: "class=\"lane-name\"").dropFirst().map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }
        #expect(lanes.first == "Vladimir Putin")
        #expect(Set(lanes) == ["Vladimir Putin", "Recep Tayyip Erdoğan", "Jean Dupont", "=cmd|&#39; /C calc&#39;!A0"])
        let byType = page(.type)
        let typeLanes = byType.components(separatedBy: "class=\"lane-name\"").dropFirst().map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }
        #expect(typeLanes == ["Call", "Meeting", "Summit", "Statement"])
        // Days are dots, a month or a year a bar over its span (a year dashed): 2 dots, 2 bars per type lane.
        #expect(byType.components(separatedBy: "<circle cx=").count - 1 == 2 + HTMLPageTests.legendDots(byType))
        #expect(byType.components(separatedBy: "stroke-dasharray=\"5 3\"/><text class=\"bar-num\"").count - 1 == 1)
        // Numbers on the markers are those of the table rows, in timeline order.
        #expect(byType.contains("<tr id=\"e2\" data-n=\"1\">"))
        #expect(byType.contains("<tr id=\"e6\" data-n=\"4\">"))
        #expect(byType.contains("href=\"#e2\" data-n=\"1\""))
        // Hover and click details exist for every event, with the source links.
        for n in 1...4 { #expect(byType.contains("<template id=\"det-\(n)\">")) }
        #expect(byType.contains("2019-10 (month)"))
    }

    static func legendDots(_ html: String) -> Int {
        let legend = html.components(separatedBy: "<ul class=\"legend\">")[1].components(separatedBy: "</ul>")[0]
        return legend.components(separatedBy: "<circle cx=").count - 1
    }

    @Test func anEmptyTimelineSaysSo() {
        let html = HTMLTimelinePage(title: "Nothing").render([])
        #expect(html.contains("No events match."))
        #expect(!html.contains("<svg class=\"timeline\""))
    }
}

@Suite struct TimelineAxisTests {
    func span(_ a: String, _ b: String) -> (Int, Int) { (day(a).dayNumber, day(b).dayNumber + 1) }

    @Test func longEmptyStretchesBecomeBreaks() {
        let axis = TimelineAxis(spans: [span("2018-01-01", "2018-12-31"), span("2019-10-01", "2019-10-31"),
                                        span("2020-02-21", "2020-02-21"), span("2024-12-03", "2024-12-03")], x0: 200, x1: 1200)
        #expect(axis.segments.count == 2)
        #expect(axis.breaks.count == 1)
        #expect(axis.breaks[0].days > 1500)
        // Monotonic, inside the plot, and each segment at least the minimum width.
        let xs = ["2018-01-01", "2018-07-01", "2019-10-15", "2020-02-21", "2022-01-01", "2024-12-03"].map { axis.x(day($0)) }
        #expect(xs == xs.sorted())
        #expect(xs.allSatisfy { $0 >= 200 && $0 <= 1200 })
        #expect(axis.segments.allSatisfy { $0.x1 - $0.x0 >= 110 - 0.001 })
        // A day keeps its share: within a segment the scale is linear.
        let d1 = axis.x(day("2019-01-02")) - axis.x(day("2019-01-01")), d2 = axis.x(day("2019-06-02")) - axis.x(day("2019-06-01"))
        #expect(abs(d1 - d2) < 0.001)
        let labels = axis.ticks().compactMap(\.label)
        #expect(labels.contains("2019") && labels.contains("2020"))
    }

    @Test func closeEventsShareOneLinearScale() {
        let axis = TimelineAxis(spans: [span("2020-02-20", "2020-02-20"), span("2020-03-05", "2020-03-05")], x0: 0, x1: 1000)
        #expect(axis.breaks.isEmpty)
        let labels = axis.ticks().compactMap(\.label)
        #expect(labels.contains("2020-03-02"), "weeks start on Mondays: \(labels)")
        #expect(TimelineAxis(spans: [], x0: 0, x1: 10).segments.count == 1)
    }
}
