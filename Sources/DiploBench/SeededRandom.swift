/// A small deterministic pseudo-random generator (SplitMix64), so that a seed gives the same corpus
/// on every machine and every Swift version (the standard library's `random(in:using:)` algorithms
/// are not promised to stay the same, so the helpers below do their own range reduction).
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0). The modulo bias is negligible for the small n used here.
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// lo ... hi.
    mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + int(hi - lo + 1) }

    /// [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }

    /// A deterministic shuffle (Fisher–Yates).
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(i + 1)) }
    }
}

/// Picks indexes with fixed weights in O(log n) (cumulative table, binary search).
struct WeightedPicker {
    private let cumulative: [Double]

    init(weights: [Double]) {
        var total = 0.0
        cumulative = weights.map { total += $0; return total }
    }

    /// Zipf-like popularity: weight 1 / (rank + offset)^exponent, so a few items are frequent and
    /// most are rare, as names in the news are.
    static func zipf(count: Int, exponent: Double = 1, offset: Double = 30) -> WeightedPicker {
        WeightedPicker(weights: (0..<count).map { 1 / pow(Double($0) + offset, exponent) })
    }

    var count: Int { cumulative.count }

    func pick(_ r: inout SeededRandom) -> Int {
        let x = r.unit() * (cumulative.last ?? 0)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

import Foundation
