-- diplo store schema, version 3: event digests, a denormalised copy of what a timeline shows of an event.
--
-- Reading an event for a timeline or an export joined five tables (its participants, regions,
-- sources and their articles): eight B-tree look-ups, most of the cost of exports and of queries
-- returning thousands of events. `events.digest` holds the joined part in one blob beside the row
-- the timeline query reads anyway, written by diplo (Swift encodes it: `EventDigest`).
--
-- A digest is only a cache, and the triggers below keep it from ever being stale: any change to an
-- event's row, participants, regions or sources (or to the article of a source) sets its digest to
-- NULL; diplo digests the NULL ones after imports (`EventStore.refreshDigests`, found through the
-- partial index), and readers read the tables for an event without one. Digests name actors and
-- places by id only (their names and the place hierarchy are read from `actors` and `places`), so
-- renaming an actor or a place leaves them valid.

ALTER TABLE events ADD COLUMN digest BLOB;

-- Events waiting for a digest (new, changed, or stored before this migration).
CREATE INDEX events_undigested ON events(id) WHERE digest IS NULL;

-- Only the columns a digest depends on: `digest` itself is written without firing this.
CREATE TRIGGER event_digests_event AFTER UPDATE OF type, mode, cameo, plover, date, date_precision, date_value,
    date_earliest, date_latest, date_basis, location_id ON events WHEN new.digest IS NOT NULL BEGIN
    UPDATE events SET digest = NULL WHERE id = new.id;
END;

CREATE TRIGGER event_digests_participant_insert AFTER INSERT ON event_participants BEGIN
    UPDATE events SET digest = NULL WHERE id = new.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_participant_delete AFTER DELETE ON event_participants BEGIN
    UPDATE events SET digest = NULL WHERE id = old.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_region_insert AFTER INSERT ON event_regions BEGIN
    UPDATE events SET digest = NULL WHERE id = new.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_region_delete AFTER DELETE ON event_regions BEGIN
    UPDATE events SET digest = NULL WHERE id = old.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_source_insert AFTER INSERT ON sources BEGIN
    UPDATE events SET digest = NULL WHERE id = new.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_source_update AFTER UPDATE ON sources BEGIN
    UPDATE events SET digest = NULL WHERE id IN (old.event_id, new.event_id) AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_source_delete AFTER DELETE ON sources BEGIN
    UPDATE events SET digest = NULL WHERE id = old.event_id AND digest IS NOT NULL;
END;

CREATE TRIGGER event_digests_article_update AFTER UPDATE ON articles BEGIN
    UPDATE events SET digest = NULL
    WHERE id IN (SELECT event_id FROM sources WHERE article_id = old.id) AND digest IS NOT NULL;
END;
