-- diplo store schema, version 3: event digests, a denormalised copy of what a timeline shows of an event.
--
-- Reading an event for a timeline or an export joined five tables (its participants, regions,
-- sources and their articles): eight B-tree look-ups, most of the cost of exports and of queries
-- returning thousands of events. A digest holds the joined part in one blob, written by diplo (Swift
-- encodes it: `EventDigest`), so that reading an event's details is one look-up. Digests live in a
-- table of their own: the `events` rows that filters walk stay small.
--
-- A digest is only a cache, and the triggers below keep it from ever being stale: any change to an
-- event's row, participants, regions or sources (or to the article of a source) deletes its digest
-- and queues the event in `digest_queue`; diplo digests queued events after imports
-- (`EventStore.refreshDigests`), and readers read the tables for an event without a digest. Digests
-- name actors and places by id only (their names and the place hierarchy are read from `actors` and
-- `places`), so renaming an actor or a place leaves them valid.

CREATE TABLE event_digests (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    digest   BLOB NOT NULL
) WITHOUT ROWID;

-- Events whose digest is missing (new, changed, or stored before this migration).
CREATE TABLE digest_queue (
    event_id TEXT PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO digest_queue (event_id) SELECT id FROM events;

CREATE TRIGGER event_digests_event_insert AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.id);
END;

CREATE TRIGGER event_digests_event_update AFTER UPDATE ON events BEGIN
    DELETE FROM event_digests WHERE event_id IN (old.id, new.id);
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.id);
END;

CREATE TRIGGER event_digests_event_delete AFTER DELETE ON events BEGIN
    DELETE FROM digest_queue WHERE event_id = old.id;
END;

CREATE TRIGGER event_digests_participant_insert AFTER INSERT ON event_participants BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

CREATE TRIGGER event_digests_participant_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM event_digests WHERE event_id = old.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (old.event_id);
END;

CREATE TRIGGER event_digests_region_insert AFTER INSERT ON event_regions BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

CREATE TRIGGER event_digests_region_delete AFTER DELETE ON event_regions BEGIN
    DELETE FROM event_digests WHERE event_id = old.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (old.event_id);
END;

CREATE TRIGGER event_digests_source_insert AFTER INSERT ON sources BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

CREATE TRIGGER event_digests_source_update AFTER UPDATE ON sources BEGIN
    DELETE FROM event_digests WHERE event_id IN (old.event_id, new.event_id);
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (old.event_id);
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

CREATE TRIGGER event_digests_source_delete AFTER DELETE ON sources BEGIN
    DELETE FROM event_digests WHERE event_id = old.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (old.event_id);
END;

CREATE TRIGGER event_digests_article_update AFTER UPDATE ON articles BEGIN
    DELETE FROM event_digests WHERE event_id IN (SELECT event_id FROM sources WHERE article_id = old.id);
    INSERT OR IGNORE INTO digest_queue (event_id) SELECT event_id FROM sources WHERE article_id = old.id;
END;
