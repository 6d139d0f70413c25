-- diplo store schema, version 1.
--
-- This folder is the only place the schema is defined. Each file runs once, in its own transaction,
-- in file-name order, and is recorded by name in `grdb_migrations`; never edit a file that has shipped,
-- add a new numbered one instead (a database that lists a migration this binary does not know is
-- refused rather than silently misread).
--
-- WAL journaling is switched on by the store when it opens the file (journal_mode cannot change
-- inside a migration's transaction); it lets timelines be read while an import is writing.
--
-- Dates are ISO 8601 text (`YYYY-MM-DD`), which sorts and compares correctly as text.

-- One row per imported article. `content_hash` identifies a version of the article (its NFC text and
-- metadata, not its name) so that re-importing the same content is a no-op; `name` identifies the
-- article to users, and importing a new version under the same name replaces the old one.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    url          TEXT,
    published    TEXT,            -- YYYY-MM-DD
    language     TEXT,
    source       TEXT,
    text         TEXT NOT NULL,   -- evidence offsets (UTF-8 bytes) point into this text
    imported_at  TEXT NOT NULL    -- ISO 8601 timestamp, UTC
);

-- Places form a tree through parent_id (Idlib → SY), walked with recursive CTEs by region filters.
CREATE TABLE places (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,      -- the id itself until a reference gives the real name
    parent_id TEXT REFERENCES places(id) ON DELETE SET NULL
);
CREATE INDEX places_parent ON places(parent_id);

CREATE TABLE actors (
    id      TEXT PRIMARY KEY,     -- Wikidata QID, or `local:` + folded name
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,        -- person | institution | state | organization
    country TEXT                  -- ISO 3166-1 alpha-2
);
-- Clustering treats a state or institution as the same party as people of its country.
CREATE INDEX actors_country ON actors(country);

-- One row per real-world event, however many articles report it.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,   -- ev_ + 12 hex, deterministic from the first report
    type           TEXT NOT NULL,      -- call | meeting | summit | statement | agreement
    mode           TEXT,               -- phone | visit | host | third-party | multilateral
    cameo          TEXT NOT NULL,
    plover         TEXT NOT NULL,
    date           TEXT NOT NULL,      -- ISO truncated to the precision: 2020-02-21, 2019-10, 2018
    date_precision TEXT NOT NULL,      -- day | month | year
    date_value     TEXT NOT NULL,      -- first day of the span; the timeline sort key
    date_earliest  TEXT NOT NULL,
    date_latest    TEXT NOT NULL,
    date_basis     TEXT NOT NULL,      -- explicit | relative | relative-event | inferred
    location_id    TEXT REFERENCES places(id),
    created_at     TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_type_date ON events(type, date_value);
CREATE INDEX events_location ON events(location_id, date_value);

-- The primary key serves "participants of an event"; the second index serves timelines by actor and
-- by pair, and the clustering lookup of events sharing a participant.
CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_actor ON event_participants(actor_id, event_id);

-- Places an event is about (beyond where it happened).
CREATE TABLE event_regions (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, place_id)
) WITHOUT ROWID;
CREATE INDEX event_regions_place ON event_regions(place_id, event_id);

-- One row per sentence of an article reporting an event. The unique key makes re-adding the same
-- sentence harmless and serves "sources of an event"; the article index serves replacing an article.
CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL,
    start      INTEGER NOT NULL,     -- UTF-8 byte offsets in articles.text, end exclusive
    "end"      INTEGER NOT NULL,
    is_core    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, article_id, start)
);
CREATE INDEX sources_article ON sources(article_id, event_id);

-- Full-text search over evidence. It holds the FOLDED sentence (lowercase, no diacritics, œ → oe, as
-- computed by `Folding.fold` in Swift), keyed by sources.id, so that "telephone" finds "téléphone" and
-- "oeuvrer" finds "Œuvrer"; unicode61 with remove_diacritics 2 also folds whatever the Swift folding
-- leaves. Rows are inserted by the store (folding is Swift code SQLite cannot call) and deleted by the
-- trigger below, which also fires for sources removed by ON DELETE CASCADE.
CREATE VIRTUAL TABLE sources_fts USING fts5(
    evidence,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    DELETE FROM sources_fts WHERE rowid = old.id;
END;
