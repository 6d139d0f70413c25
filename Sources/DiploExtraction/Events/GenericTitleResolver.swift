import DiploModel

/// "Sergueï Lavrov … Le ministre russe a ensuite rencontré…", "Hakan Fidan … the Turkish minister said": a title
/// that names no particular office ("ministre", "minister", role `minister` in roles.tsv) with a country is the
/// minister of that country the article named last — whatever the portfolio.
///
/// Such a title cannot be looked up in the offices of the day as "le président russe" is (every government has a
/// dozen ministers), so only the article can say who it is. When the article named no minister of that country
/// before it, the title stays a description and names nobody (`ArticleAssembler` does not stand a state in for it).
struct GenericTitleResolver {
    let knowledge: Knowledge

    /// The role of a title that only says "a minister".
    static let genericMinister = "minister"

    /// Whether an office is a minister's, of any portfolio: its role id ends in `_minister` (Knowledge/README.md).
    static func isMinisterial(_ role: String) -> Bool { role.hasSuffix("_minister") }

    func resolve(_ sentences: inout [AnalyzedSentence]) {
        // The minister of each country most recently named, in reading order.
        var lastMinister: [String: ActorRef] = [:]
        for n in sentences.indices {
            var s = sentences[n]
            var changed = false
            for k in s.actors.indices {
                let a = s.actors[k]
                switch a.reference {
                case .named(let r) where r.kind == .person:
                    for o in knowledge.allOffices(of: r.id) where Self.isMinisterial(o.role) { lastMinister[o.country] = r }
                case .role(Self.genericMinister, let countries, false) where countries.count == 1 && !a.isPlural:
                    guard let r = lastMinister[countries[0]] else { continue }
                    s.actors[k].reference = .named(r)
                    changed = true
                default: continue
                }
            }
            if changed { sentences[n] = s }
        }
    }
}
