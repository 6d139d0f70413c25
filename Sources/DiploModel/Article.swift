/// An imported article: its text and what is known about it.
public struct Article: Hashable, Sendable {
    /// The name users know the article by: the imported file's name (with a `#n` suffix for the n-th
    /// record of a JSON Lines file).
    public var name: String
    public var title: String?
    public var url: String?
    public var published: CalendarDate?
    /// ISO 639-1 code ("fr", "en"), or nil to detect it from the text.
    public var language: String?
    public var source: String?
    /// The article body, NFC-normalised. Evidence offsets point into this string (in UTF-8 bytes).
    public var text: String

    public init(name: String, title: String? = nil, url: String? = nil, published: CalendarDate? = nil,
                language: String? = nil, source: String? = nil, text: String) {
        self.name = name; self.title = title; self.url = url; self.published = published
        self.language = language; self.source = source; self.text = text
    }
}
