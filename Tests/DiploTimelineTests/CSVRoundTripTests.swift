import DiploModel
import Foundation
import Testing
@testable import DiploTimeline

/// Evidence that spreadsheets and CSV readers get wrong: quotes, commas, line breaks (LF and CRLF),
/// cells starting like formulas (`=`, `+`, `-`, `@`, TAB, CR), non-Latin text.
let spreadsheetHostileEvents = [
    TimelineEvent(
        id: "e3", type: .statement, mode: nil, cameo: "010", plover: "ACCUSE/APPEAL/SUPPORT",
        date: .year(2021, basis: .inferred),
        participants: [ActorRef(id: "local:=cmd", name: "=cmd|' /C calc'!A0", kind: .person, country: nil), putin],
        location: PlaceRef(id: "local:x", name: "+Saint-Pétersbourg, «centre»"),
        regions: [PlaceRef(id: "local:minus", name: "-1 région")],
        sources: [
            source("@d.txt", "=HYPERLINK(\"http://evil.example\",\"click\")", url: "https://example.org/d?x=1;y=2"),
            source("e.txt", "@SUM(A1:A9), \"quoted\", and\r\na CRLF line; 東京 — ok"),
        ]),
    TimelineEvent(
        id: "e4", type: .agreement, mode: nil, cameo: "057", plover: "AGREE", date: .day(day("2022-07-22"), basis: .explicit),
        participants: [putin], location: nil, regions: [],
        sources: [source("f.txt", "\tTabbed start and\nnew line"), source("g.txt", "x")]),
    TimelineEvent(
        id: "e5", type: .call, mode: .phone, cameo: "041", plover: "CONSULT/phone", date: .day(day("2022-07-23"), basis: .explicit),
        participants: [erdogan], location: nil, regions: [],
        sources: [source("h.txt", "\rcarriage return first")]),
]

/// The CSV export read back by other programs: Python's csv module and LibreOffice Calc.
@Suite(.serialized) struct CSVRoundTripTests {
    let dir: TempDirectory
    let events = [callEvent, trickyEvent] + spreadsheetHostileEvents
    /// What every reader must find: the header, then each event's cells as neutralised by the export.
    let expected: [[String]]
    let csvPath: String

    init() throws {
        dir = try TempDirectory()
        expected = [Exporters.csvColumns] + events.map { Exporters.csvCells($0).map(Exporters.neutraliseFormula) }
        csvPath = dir.path("events.csv")
        try Data(Exporters.csv(events).utf8).write(to: URL(fileURLWithPath: csvPath))
    }

    /// Rows of a CSV file as Python's csv module reads them (strict mode, UTF-8), as JSON.
    func pythonRows(_ path: String) throws -> [[String]] {
        let python = try #require(ExternalTool.find("python3"), "python3 is needed to check the CSV export")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let r = try ExternalTool.run(python, ["-c", script, path])
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONDecoder().decode([[String]].self, from: Data(r.stdout.utf8))
    }

    @Test func theFixtureHoldsEveryHostileCell() {
        let cells = expected.dropFirst().flatMap { $0 }
        for start in ["'=", "'+", "'-", "'@", "'\t", "'\r"] {
            #expect(cells.contains { $0.hasPrefix(start) }, "no neutralised cell starting with \(start.debugDescription)")
        }
        #expect(cells.contains { $0.contains("\"") && $0.contains(",") && $0.contains("\n") })
        #expect(cells.contains { $0.contains("東京") })
    }

    @Test func pythonReadsEveryCellBack() throws {
        let rows = try pythonRows(csvPath)
        #expect(rows == expected)
        #expect(rows[0] == ["id", "date", "date_precision", "date_earliest", "date_latest", "date_basis", "type", "cameo", "plover",
                            "participants", "participant_qids", "countries", "location", "regions", "evidence", "sources",
                            "source_urls", "n_sources"])
    }

    /// Converts `csv` to an ODS sheet with LibreOffice (columns as `columnType`: 1 standard, 2 text)
    /// and reads the sheet's cells back (through Python: ZIP and XML), with the number of formula cells.
    func libreOfficeSheet(_ csv: String, columnType: Int) throws -> (rows: [[String]], formulas: Int) {
        let soffice = try #require(ExternalTool.soffice, "LibreOffice (soffice) is not installed: run `make test-deps`")
        let profile = dir.url.appendingPathComponent("lo-profile").absoluteString
        let columns = (1...Exporters.csvColumns.count).map { "\($0)/\(columnType)" }.joined(separator: "/")
        // CSV import: comma, double quote, UTF-8 (76), from line 1, column types, en-US, quoted fields
        // not forced to text, no detection of special numbers.
        let converted = try ExternalTool.run(soffice, [
            "--headless", "--norestore", "-env:UserInstallation=\(profile)",
            "--infilter=CSV:44,34,76,1,\(columns),1033,false,false",
            "--convert-to", "ods", "--outdir", dir.path("ods"), csv,
        ], environment: ["HOME": dir.url.path])
        let ods = dir.path("ods/\(URL(fileURLWithPath: csv).deletingPathExtension().lastPathComponent).ods")
        #expect(FileManager.default.fileExists(atPath: ods), "LibreOffice did not convert the CSV: \(converted.stdout) \(converted.stderr)")
        let python = try #require(ExternalTool.find("python3"))
        let script = """
            import json, sys, zipfile, xml.etree.ElementTree as ET
            T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
            X = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
            def text(el):
                out = [el.text or '']
                for c in el:
                    if c.tag == X + 'tab': out.append('\\t')
                    elif c.tag == X + 's': out.append(' ' * int(c.get(X + 'c', '1')))
                    elif c.tag == X + 'line-break': out.append('\\n')
                    else: out.append(text(c))
                    out.append(c.tail or '')
                return ''.join(out)
            root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('content.xml'))
            rows, formulas = [], 0
            for row in root.iter(T + 'table-row'):
                cells = []
                for cell in row:
                    if cell.tag != T + 'table-cell': continue
                    if cell.get(T + 'formula'): formulas += 1
                    value = '\\n'.join(text(p) for p in cell.findall(X + 'p'))
                    cells += [value] * min(int(cell.get(T + 'number-columns-repeated', '1')), 64)
                while cells and cells[-1] == '': cells.pop()
                if cells: rows.append(cells)
            print(json.dumps({'rows': rows, 'formulas': formulas}))
            """
        let r = try ExternalTool.run(python, ["-c", script, ods])
        #expect(r.status == 0, "\(r.stderr)")
        struct Sheet: Decodable { var rows: [[String]]; var formulas: Int }
        let sheet = try JSONDecoder().decode(Sheet.self, from: Data(r.stdout.utf8))
        let width = Exporters.csvColumns.count
        return (sheet.rows.map { $0 + Array(repeating: "", count: max(0, width - $0.count)) }, sheet.formulas)
    }

    /// What LibreOffice makes of a cell: a list of paragraphs, so CRLF and CR come back as LF; and
    /// (a quirk of its CSV import, checked on 7.4) a TAB inside a cell of several lines is dropped.
    func paragraphs(_ rows: [[String]]) -> [[String]] {
        rows.map {
            $0.map { cell in
                let lines = cell.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                return lines.contains("\n") ? lines.replacingOccurrences(of: "\t", with: "") : lines
            }
        }
    }

    @Test(.enabled(if: ExternalTool.soffice != nil || ExternalTool.libreOfficeRequired,
                   "LibreOffice is not installed (`make test` installs it)"))
    func libreOfficeOpensTheExportAsWritten() throws {
        // As analysts usually open it (column types detected): nothing runs as a formula, and every
        // cell but the CAMEO codes (041 is read as the number 41, like any numeric-looking text) is intact.
        let standard = dir.path("standard.csv")
        try FileManager.default.copyItem(atPath: csvPath, toPath: standard)
        let detected = try libreOfficeSheet(standard, columnType: 1)
        #expect(detected.formulas == 0, "a cell was read as a formula")
        let cameo = try #require(Exporters.csvColumns.firstIndex(of: "cameo"))
        func withoutCAMEO(_ rows: [[String]]) -> [[String]] { rows.map { r in r.enumerated().filter { $0.offset != cameo }.map(\.element) } }
        #expect(withoutCAMEO(detected.rows) == withoutCAMEO(paragraphs(expected)))
        #expect(detected.rows.dropFirst().map { $0[cameo] } == ["41", "44", "10", "57", "41"])

        // Imported with text columns (the way to keep the codes' leading zeros): every cell is identical.
        let text = dir.path("text.csv")
        try FileManager.default.copyItem(atPath: csvPath, toPath: text)
        let asText = try libreOfficeSheet(text, columnType: 2)
        #expect(asText.formulas == 0)
        #expect(asText.rows == paragraphs(expected))
    }

    /// The check above can fail: without the neutralising quote, LibreOffice runs the cell.
    @Test(.enabled(if: ExternalTool.soffice != nil || ExternalTool.libreOfficeRequired,
                   "LibreOffice is not installed (`make test` installs it)"))
    func anUnneutralisedCellWouldRunAsAFormula() throws {
        var raw: [UInt8] = []
        Exporters.appendCSVRow(Exporters.csvColumns, to: &raw, neutralise: false)
        Exporters.appendCSVRow(Exporters.csvCells(spreadsheetHostileEvents[0]), to: &raw, neutralise: false)
        let path = dir.path("raw.csv")
        try Data(raw).write(to: URL(fileURLWithPath: path))
        #expect(try libreOfficeSheet(path, columnType: 1).formulas > 0)
    }
}
