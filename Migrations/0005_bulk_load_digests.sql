-- diplo store schema, version 5: bulk loads write digests in one pass.
--
-- The digest triggers of 0003 queue an event, and delete its digest, for every row written about it: an
-- event, each participant, region and source, four or five B-tree writes per event in random key order,
-- plus reading every event back through the queue afterwards. A bulk load (EventStore.bulkLoad) only
-- adds new events, which have no digest yet, and digests them itself in one pass in key order at its
-- end. While it holds its row in `event_links_deferred` (0004: inside its own transaction, so no other
-- connection ever sees it), the insert triggers below stand aside, as the link triggers already do.
-- Every other write (imports, merges, removals, updates) fires them as before.

DROP TRIGGER event_digests_event_insert;
CREATE TRIGGER event_digests_event_insert AFTER INSERT ON events
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.id);
END;

DROP TRIGGER event_digests_participant_insert;
CREATE TRIGGER event_digests_participant_insert AFTER INSERT ON event_participants
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

DROP TRIGGER event_digests_region_insert;
CREATE TRIGGER event_digests_region_insert AFTER INSERT ON event_regions
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;

DROP TRIGGER event_digests_source_insert;
CREATE TRIGGER event_digests_source_insert AFTER INSERT ON sources
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    DELETE FROM event_digests WHERE event_id = new.event_id;
    INSERT OR IGNORE INTO digest_queue (event_id) VALUES (new.event_id);
END;
