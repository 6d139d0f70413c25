import DiploModel

/// How the HTML timeline groups events into horizontal lanes.
public enum LaneGrouping: String, CaseIterable, Sendable {
    /// One lane per participant: an event appears in the lane of each of its participants, joined by
    /// a vertical line, so a pair timeline shows who met whom.
    case actor
    /// One lane per event type.
    case type
}

/// Events sorted into lanes, each lane stacking its events into rows so that none overlap.
public struct TimelineLanes: Sendable {
    public struct Lane: Sendable {
        public var key: String
        public var label: String
        public var detail: String
        /// Event indexes (into the events given) with the row each is drawn on.
        public var items: [(event: Int, row: Int)] = []
        public var rows = 1
    }

    public private(set) var lanes: [Lane] = []

    /// At most this many actor lanes; events of the other actors share one last lane.
    public static let maximumActorLanes = 12

    /// - Parameters:
    ///   - focus: actor ids drawn first (those the user asked for), in this order.
    ///   - extent: the horizontal extent [x0, x1] the event at an index occupies, so that rows can avoid overlaps.
    public init(events: [TimelineEvent], grouping: LaneGrouping, focus: [String] = [],
                extent: (Int) -> (Double, Double)) {
        var lanes: [Lane] = []
        var laneOf: [String: Int] = [:]
        func lane(_ key: String, _ label: String, _ detail: String) -> Int {
            if let i = laneOf[key] { return i }
            lanes.append(Lane(key: key, label: label, detail: detail))
            laneOf[key] = lanes.count - 1
            return lanes.count - 1
        }
        var members: [[Int]] = []  // event indexes per lane, in timeline order
        switch grouping {
        case .type:
            let counts = Dictionary(grouping: events.indices, by: { events[$0].type })
            for t in EventType.allCases {
                guard let idx = counts[t] else { continue }
                _ = lane(t.rawValue, t.displayName, "\(idx.count) event\(idx.count == 1 ? "" : "s")")
                members.append(idx)
            }
        case .actor:
            var count: [String: Int] = [:]
            var actor: [String: ActorRef] = [:]
            for e in events { for p in e.participants { count[p.id, default: 0] += 1; actor[p.id] = p } }
            var order = focus.filter { count[$0] != nil }
            order += count.keys.filter { !order.contains($0) }.sorted {
                (-count[$0]!, actor[$0]!.name, $0) < (-count[$1]!, actor[$1]!.name, $1)
            }
            let shown = Array(order.prefix(Self.maximumActorLanes))
            for id in shown {
                let a = actor[id]!
                let n = count[id]!
                _ = lane(id, a.name, ([a.country, a.kind == .person ? nil : a.kind.rawValue].compactMap { $0 } + ["\(n) event\(n == 1 ? "" : "s")"]).joined(separator: " · "))
                members.append([])
            }
            var others: [Int] = []
            for (i, e) in events.enumerated() {
                let hits = e.participants.compactMap { laneOf[$0.id] }
                if hits.isEmpty { others.append(i) }
                for h in Set(hits) { members[h].append(i) }
            }
            if !others.isEmpty {
                _ = lane("", order.count > shown.count ? "Other actors" : "No known participant",
                         "\(others.count) event\(others.count == 1 ? "" : "s")")
                members.append(others)
            }
        }
        // Greedy row packing: each event on the first row whose last event ends before it starts.
        let gap = 4.0
        for (li, idx) in members.enumerated() {
            var rowEnds: [Double] = []
            for i in idx.sorted(by: { (extent($0).0, $0) < (extent($1).0, $1) }) {
                let (a, b) = extent(i)
                let row = rowEnds.firstIndex { $0 + gap <= a } ?? rowEnds.count
                if row == rowEnds.count { rowEnds.append(b) } else { rowEnds[row] = b }
                lanes[li].items.append((i, row))
            }
            lanes[li].rows = max(1, rowEnds.count)
        }
        self.lanes = lanes
    }
}
