import DiploExtraction
import DiploIngest
import DiploModel
import Foundation

// libFuzzer entry point over the whole article pipeline: bytes → ArticleReader (decoding, front
// matter, HTML, JSON) → Extractor (cleaning, sentences, names, dates, events).
//
// Built only by `make fuzz` (Package.swift adds this target when DIPLO_FUZZ=1, compiled with
// -sanitize=fuzzer,address), so `make test` never pays for it. The corpus it finds lives in
// Tests/Fuzz/corpus and is replayed by Tests/DiploExtractionTests/FuzzCorpusTests.swift with the
// same input convention (keep `FuzzInput` in both places in step).

/// Loaded once: the fuzzer calls the entry point millions of times.
let extractor: Extractor = {
    do { return Extractor(knowledge: try Knowledge.loadDefault(), today: CalendarDate(iso: "2024-06-30")) }
    catch { fatalError("diplo-fuzz: cannot load the knowledge base: \(error)") }
}()

/// The first byte picks the file format the rest is read as, so one corpus covers every reader.
enum FuzzInput {
    static let names = ["fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.json", "fuzz.jsonl"]

    static func split(_ bytes: [UInt8]) -> (name: String, body: [UInt8])? {
        guard let first = bytes.first else { return nil }
        return (names[Int(first) % names.count], Array(bytes.dropFirst()))
    }
}

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links executables with `main` aliased to `<target>_main`, which hides libFuzzer's own `main`:
/// this one hands the command line to libFuzzer's driver instead.
@_cdecl("diplo_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return withUnsafeMutablePointer(to: &count) { c in
        withUnsafeMutablePointer(to: &arguments) { a in LLVMFuzzerRunDriver(c, a, fuzzPipeline) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let (name, body) = FuzzInput.split(bytes),
          let results = try? ArticleReader.read(bytes: body, name: name, defaultPublished: nil) else { return 0 }
    for case .success(let article) in results {
        let result = extractor.extract(article)
        // Touch the output so nothing is optimised away, and check the invariants the store relies on.
        for event in result.events {
            precondition(event.date.earliest <= event.date.latest, "event date bounds out of order")
            for e in event.evidence { precondition(e.start <= e.end, "evidence offsets out of order") }
        }
    }
    return 0
}
