/// The kinds of diplomatic event diplo records (see `../shared/eval/GUIDELINES.md`).
public enum EventType: String, Codable, Sendable, CaseIterable {
    case call, meeting, summit, statement, agreement

    /// The default CAMEO code of the type; meetings refine it with `MeetingMode`.
    public var defaultCAMEO: String {
        switch self {
        case .call: "041"
        case .meeting: "044"
        case .summit: "044"
        case .statement: "010"
        case .agreement: "057"
        }
    }

    /// PLOVER event type, so that users of POLECAT data can join on it.
    public var ploverType: String {
        switch self {
        case .call, .meeting, .summit: "CONSULT"
        case .statement: "ACCUSE/APPEAL/SUPPORT"  // PLOVER splits statements by intent; diplo does not classify intent
        case .agreement: "AGREE"
        }
    }
}

/// How a consultation happened: by phone, a visit, a meeting at a third place, a multilateral gathering.
///
/// CAMEO distinguishes 042 (make a visit), 043 (host a visit) and 044 (meet at a third location);
/// PLOVER carries the same as the CONSULT mode.
public enum ConsultMode: String, Codable, Sendable, CaseIterable {
    case phone, visit, host, thirdParty = "third-party", multilateral

    public var cameo: String {
        switch self {
        case .phone: "041"
        case .visit: "042"
        case .host: "043"
        case .thirdParty: "044"
        case .multilateral: "044"
        }
    }

    public var ploverMode: String {
        switch self {
        case .phone: "phone"
        case .visit, .host: "visit"
        case .thirdParty: "third-party"
        case .multilateral: "multilateral"
        }
    }
}
