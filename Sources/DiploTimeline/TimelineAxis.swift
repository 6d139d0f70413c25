import DiploModel

/// The horizontal time scale of the HTML timeline: days → x, with long empty stretches cut out.
///
/// News timelines are lumpy: three events within a month, then nothing for four years. A linear
/// scale would crush the lump into a few pixels, so spans of time holding events (with a margin)
/// form segments laid side by side, and an empty stretch longer than a fifth of the whole range
/// (and than half a year) is replaced by a narrow break drawn as such. Inside a segment the scale
/// is linear, so an event's precision keeps its true width relative to its neighbours.
public struct TimelineAxis: Sendable {
    /// A linear piece of the axis: days [start, end) drawn over [x0, x1).
    public struct Segment: Sendable, Hashable {
        public var start: Int, end: Int
        public var x0: Double, x1: Double
        var pixelsPerDay: Double { (x1 - x0) / Double(max(1, end - start)) }
    }

    /// A tick: an x, the label (nil for minor ticks), and whether it starts a year.
    public struct Tick: Sendable, Hashable {
        public var x: Double
        public var label: String?
        public var major: Bool
    }

    public private(set) var segments: [Segment] = []
    /// Breaks between segments: x range and the length of time left out, in days.
    public private(set) var breaks: [(x0: Double, x1: Double, days: Int)] = []

    public static let breakWidth = 56.0
    static let minimumSegmentWidth = 110.0

    /// - Parameters:
    ///   - spans: day-number intervals [start, end) to show (an event's earliest day to the day after its latest).
    ///   - x0, x1: the horizontal extent of the plot.
    public init(spans: [(Int, Int)], x0: Double, x1: Double) {
        guard let lo = spans.map(\.0).min(), let hi = spans.map(\.1).max() else {
            segments = [Segment(start: 0, end: 1, x0: x0, x1: x1)]
            return
        }
        let range = max(30, hi - lo)
        let margin = max(12, range / 40)
        let cutAbove = max(183, range / 5)
        var pieces: [(Int, Int)] = []
        for (a, b) in spans.map({ ($0.0 - margin, max($0.1, $0.0 + 1) + margin) }).sorted(by: { $0 < $1 }) {
            if let last = pieces.last, a - last.1 <= cutAbove { pieces[pieces.count - 1].1 = max(last.1, b) } else { pieces.append((a, b)) }
        }
        // Widths proportional to duration, each at least the minimum (fixed in turn until all fit).
        let available = (x1 - x0) - Double(pieces.count - 1) * Self.breakWidth
        var fixed = Set<Int>()
        var widths = [Double](repeating: 0, count: pieces.count)
        while true {
            let free = available - Double(fixed.count) * Self.minimumSegmentWidth
            let days = pieces.indices.filter { !fixed.contains($0) }.map { Double(pieces[$0].1 - pieces[$0].0) }.reduce(0, +)
            var changed = false
            for i in pieces.indices where !fixed.contains(i) {
                widths[i] = free * Double(pieces[i].1 - pieces[i].0) / max(1, days)
                if widths[i] < Self.minimumSegmentWidth && pieces.count > 1 { fixed.insert(i); changed = true }
            }
            if !changed { break }
        }
        for i in fixed { widths[i] = Self.minimumSegmentWidth }
        var x = x0
        for (i, p) in pieces.enumerated() {
            if i > 0 {
                breaks.append((x, x + Self.breakWidth, p.0 - pieces[i - 1].1))
                x += Self.breakWidth
            }
            segments.append(Segment(start: p.0, end: p.1, x0: x, x1: x + widths[i]))
            x += widths[i]
        }
    }

    /// The x of a day number (the left edge of that day); days in a break map to its edges.
    public func x(_ day: Int) -> Double {
        for s in segments where day < s.end {
            return day <= s.start ? s.x0 : s.x0 + Double(day - s.start) * s.pixelsPerDay
        }
        return segments.last.map(\.x1) ?? 0
    }

    public func x(_ d: CalendarDate) -> Double { x(d.dayNumber) }

    /// Pixels per day at a day (for drawing a day's width).
    public func pixelsPerDay(at day: Int) -> Double {
        (segments.first { day < $0.end } ?? segments.last)?.pixelsPerDay ?? 1
    }

    /// Labelled ticks at year, quarter, month or day boundaries — the finest kind whose labels stay
    /// at least `spacing` pixels apart in that segment — and unlabelled ticks one level finer.
    public func ticks(spacing: Double = 64) -> [Tick] {
        var out: [Tick] = []
        for s in segments {
            let a = CalendarDate(dayNumber: s.start), b = CalendarDate(dayNumber: s.end)
            let ppd = s.pixelsPerDay
            // (step in months, or 0 for days; days step) from coarse to fine.
            let levels: [(months: Int, days: Int)] = [(120, 0), (60, 0), (24, 0), (12, 0), (6, 0), (3, 0), (1, 0), (0, 7), (0, 1)]
            func approxDays(_ l: (months: Int, days: Int)) -> Double { l.months > 0 ? Double(l.months) * 30.44 : Double(l.days) }
            var labelled = 0
            for (i, l) in levels.enumerated() where approxDays(l) * ppd >= spacing { labelled = i }
            let minor = min(labelled + 1, levels.count - 1)
            let minorLevel = approxDays(levels[minor]) * ppd >= 5 ? levels[minor] : levels[labelled]
            for (level, isLabel) in [(minorLevel, false), (levels[labelled], true)] {
                for d in boundaries(from: a, to: b, months: level.months, days: level.days) {
                    let x = s.x0 + Double(d.dayNumber - s.start) * ppd
                    guard x >= s.x0, x <= s.x1 else { continue }
                    // Labels next to a break would run into its own label.
                    if isLabel, segments.count > 1, (s != segments.first && x - s.x0 < 24) || (s != segments.last && s.x1 - x < 24) { continue }
                    let label: String? = isLabel ? (level.months >= 12 || (level.months > 0 && d.month == 1) ? String(d.year)
                                                    : level.months > 0 ? String(d.iso.prefix(7)) : d.iso) : nil
                    if !isLabel, out.contains(where: { abs($0.x - x) < 0.5 }) { continue }
                    out.removeAll { abs($0.x - x) < 0.5 && $0.label == nil && isLabel }
                    out.append(Tick(x: x, label: label, major: d.month == 1 && d.day == 1))
                }
            }
        }
        return out.sorted { ($0.x, $0.label ?? "") < ($1.x, $1.label ?? "") }
    }

    /// Calendar boundaries in [a, b): first days of every `months`-th month aligned on the year
    /// (or every `days` days, weeks starting on Mondays).
    private func boundaries(from a: CalendarDate, to b: CalendarDate, months: Int, days: Int) -> [CalendarDate] {
        var out: [CalendarDate] = []
        if months > 0 {
            var y = a.year, m = 1
            if months >= 12 { y -= ((y % (months / 12)) + (months / 12)) % (months / 12) }
            while true {
                guard let d = CalendarDate(year: y, month: m, day: 1) else { break }
                if d >= b { break }
                if d >= a { out.append(d) }
                m += months
                while m > 12 { m -= 12; y += 1 }
            }
        } else {
            var d = days == 7 ? a.adding(days: (8 - a.weekday) % 7) : a
            while d < b { out.append(d); d = d.adding(days: days) }
        }
        return out
    }
}
