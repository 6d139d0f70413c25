-- diplo store schema, version 4: clustering candidates looked up by what they share.
--
-- An extracted event may join a stored event of a compatible type and date that shares a participant,
-- a participant's country, or a place (its location or a region) — EventClustering.candidates. Probing
-- events(type, date_precision, date_value) (0002) and testing the links row by row read every event of
-- the type in the window: all month events of the month, all year events of the year, thousands per
-- lookup in a large store, and each import was slower than the one before. `event_links` holds one row
-- per (link, event) with the event's type and date, so that a lookup reads only the events that share a
-- link, one tight range per link, type and precision.
--
-- A link is 'a:' || actor id, 'c:' || a participant's country, 's:' || the country of a participant that
-- speaks for a state (a state or an institution: clustering counts such an actor as the same party as
-- anyone of its country), or 'p:' || place id. The table is kept
-- in step by the triggers below, whatever writes the events (import, merge, bulk load, removal). They
-- insert with an upsert clause (ON CONFLICT DO NOTHING), which the statement firing them cannot override
-- as it can override INSERT OR IGNORE.
-- Rows are found by their full primary key (an event's links are recomputed from its participants,
-- regions and location), so the table needs no second index.
CREATE TABLE event_links (
    link           TEXT NOT NULL,
    type           TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    date_value     TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    PRIMARY KEY (link, type, date_precision, date_value, event_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_links (link, type, date_precision, date_value, event_id)
    SELECT 'a:' || ep.actor_id, e.type, e.date_precision, e.date_value, e.id
    FROM event_participants ep JOIN events e ON e.id = ep.event_id;
INSERT OR IGNORE INTO event_links (link, type, date_precision, date_value, event_id)
    SELECT 'c:' || a.country, e.type, e.date_precision, e.date_value, e.id
    FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN actors a ON a.id = ep.actor_id
    WHERE a.country IS NOT NULL;
INSERT OR IGNORE INTO event_links (link, type, date_precision, date_value, event_id)
    SELECT 's:' || a.country, e.type, e.date_precision, e.date_value, e.id
    FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN actors a ON a.id = ep.actor_id
    WHERE a.country IS NOT NULL AND a.kind IN ('state', 'institution');
INSERT OR IGNORE INTO event_links (link, type, date_precision, date_value, event_id)
    SELECT 'p:' || e.location_id, e.type, e.date_precision, e.date_value, e.id FROM events e WHERE e.location_id IS NOT NULL;
INSERT OR IGNORE INTO event_links (link, type, date_precision, date_value, event_id)
    SELECT 'p:' || r.place_id, e.type, e.date_precision, e.date_value, e.id
    FROM event_regions r JOIN events e ON e.id = r.event_id;

-- While a bulk load (EventStore.bulkLoad) holds a row here - inside its own transaction, so no other
-- connection ever sees it - the insert triggers stand aside and the load adds the links of its events
-- in one pass sorted by key, much cheaper than one B-tree insert per row in random order.
CREATE TABLE event_links_deferred (flag INTEGER PRIMARY KEY);

-- A new event's location; its participants and regions follow as rows of their own tables.
CREATE TRIGGER event_links_event_insert AFTER INSERT ON events
WHEN NEW.location_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        VALUES ('p:' || NEW.location_id, NEW.type, NEW.date_precision, NEW.date_value, NEW.id)
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER event_links_participant_insert AFTER INSERT ON event_participants
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 'a:' || NEW.actor_id, e.type, e.date_precision, e.date_value, e.id FROM events e WHERE e.id = NEW.event_id
        ON CONFLICT DO NOTHING;
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 'c:' || a.country, e.type, e.date_precision, e.date_value, e.id
        FROM events e JOIN actors a ON a.id = NEW.actor_id
        WHERE e.id = NEW.event_id AND a.country IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 's:' || a.country, e.type, e.date_precision, e.date_value, e.id
        FROM events e JOIN actors a ON a.id = NEW.actor_id
        WHERE e.id = NEW.event_id AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER event_links_region_insert AFTER INSERT ON event_regions
WHEN NOT EXISTS (SELECT 1 FROM event_links_deferred) BEGIN
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 'p:' || NEW.place_id, e.type, e.date_precision, e.date_value, e.id FROM events e WHERE e.id = NEW.event_id
        ON CONFLICT DO NOTHING;
END;

-- A merge that changes the type, the date or the location moves all the event's links: the old rows
-- go before the update, the new ones after it.
CREATE TRIGGER event_links_event_update_old BEFORE UPDATE OF type, date_precision, date_value, location_id ON events
WHEN OLD.type IS NOT NEW.type OR OLD.date_precision IS NOT NEW.date_precision
  OR OLD.date_value IS NOT NEW.date_value OR OLD.location_id IS NOT NEW.location_id BEGIN
    DELETE FROM event_links
    WHERE type = OLD.type AND date_precision = OLD.date_precision AND date_value = OLD.date_value AND event_id = OLD.id
      AND link IN (SELECT 'a:' || ep.actor_id FROM event_participants ep WHERE ep.event_id = OLD.id
                   UNION ALL
                   SELECT 'c:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                   WHERE ep.event_id = OLD.id AND a.country IS NOT NULL
                   UNION ALL
                   SELECT 's:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                   WHERE ep.event_id = OLD.id AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
                   UNION ALL
                   SELECT 'p:' || r.place_id FROM event_regions r WHERE r.event_id = OLD.id
                   UNION ALL
                   SELECT 'p:' || OLD.location_id WHERE OLD.location_id IS NOT NULL);
END;

CREATE TRIGGER event_links_event_update_new AFTER UPDATE OF type, date_precision, date_value, location_id ON events
WHEN OLD.type IS NOT NEW.type OR OLD.date_precision IS NOT NEW.date_precision
  OR OLD.date_value IS NOT NEW.date_value OR OLD.location_id IS NOT NEW.location_id BEGIN
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT link, NEW.type, NEW.date_precision, NEW.date_value, NEW.id
        FROM (SELECT 'a:' || ep.actor_id AS link FROM event_participants ep WHERE ep.event_id = NEW.id
              UNION ALL
              SELECT 'c:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
              WHERE ep.event_id = NEW.id AND a.country IS NOT NULL
              UNION ALL
              SELECT 's:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
              WHERE ep.event_id = NEW.id AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
              UNION ALL
              SELECT 'p:' || r.place_id FROM event_regions r WHERE r.event_id = NEW.id
              UNION ALL
              SELECT 'p:' || NEW.location_id WHERE NEW.location_id IS NOT NULL)
        WHERE true
        ON CONFLICT DO NOTHING;
END;

-- A removed event takes its links (before its participants and regions go by cascade).
CREATE TRIGGER event_links_event_delete BEFORE DELETE ON events BEGIN
    DELETE FROM event_links
    WHERE type = OLD.type AND date_precision = OLD.date_precision AND date_value = OLD.date_value AND event_id = OLD.id
      AND link IN (SELECT 'a:' || ep.actor_id FROM event_participants ep WHERE ep.event_id = OLD.id
                   UNION ALL
                   SELECT 'c:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                   WHERE ep.event_id = OLD.id AND a.country IS NOT NULL
                   UNION ALL
                   SELECT 's:' || a.country FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                   WHERE ep.event_id = OLD.id AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
                   UNION ALL
                   SELECT 'p:' || r.place_id FROM event_regions r WHERE r.event_id = OLD.id
                   UNION ALL
                   SELECT 'p:' || OLD.location_id WHERE OLD.location_id IS NOT NULL);
END;

-- A participant or region removed from an event that stays (or removed by the cascade of an actor or a
-- place): its link goes unless something else of the event still gives it.
CREATE TRIGGER event_links_participant_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM event_links
    WHERE link = 'a:' || OLD.actor_id AND event_id = OLD.event_id
      AND type = (SELECT type FROM events WHERE id = OLD.event_id)
      AND date_precision = (SELECT date_precision FROM events WHERE id = OLD.event_id)
      AND date_value = (SELECT date_value FROM events WHERE id = OLD.event_id);
    DELETE FROM event_links
    WHERE link = 'c:' || (SELECT country FROM actors WHERE id = OLD.actor_id) AND event_id = OLD.event_id
      AND type = (SELECT type FROM events WHERE id = OLD.event_id)
      AND date_precision = (SELECT date_precision FROM events WHERE id = OLD.event_id)
      AND date_value = (SELECT date_value FROM events WHERE id = OLD.event_id)
      AND NOT EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                      WHERE ep.event_id = OLD.event_id AND a.country = (SELECT country FROM actors WHERE id = OLD.actor_id));
    DELETE FROM event_links
    WHERE link = 's:' || (SELECT country FROM actors WHERE id = OLD.actor_id) AND event_id = OLD.event_id
      AND type = (SELECT type FROM events WHERE id = OLD.event_id)
      AND date_precision = (SELECT date_precision FROM events WHERE id = OLD.event_id)
      AND date_value = (SELECT date_value FROM events WHERE id = OLD.event_id)
      AND NOT EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                      WHERE ep.event_id = OLD.event_id AND a.kind IN ('state', 'institution')
                        AND a.country = (SELECT country FROM actors WHERE id = OLD.actor_id));
END;

CREATE TRIGGER event_links_region_delete AFTER DELETE ON event_regions BEGIN
    DELETE FROM event_links
    WHERE link = 'p:' || OLD.place_id AND event_id = OLD.event_id
      AND type = (SELECT type FROM events WHERE id = OLD.event_id)
      AND date_precision = (SELECT date_precision FROM events WHERE id = OLD.event_id)
      AND date_value = (SELECT date_value FROM events WHERE id = OLD.event_id)
      AND NOT EXISTS (SELECT 1 FROM events WHERE id = OLD.event_id AND location_id = OLD.place_id);
END;

-- An actor whose country becomes known (or changes), or whose kind changes, moves the country links of
-- its events: a link goes unless another participant of the event still gives it.
CREATE TRIGGER event_links_actor_country AFTER UPDATE OF country, kind ON actors
WHEN OLD.country IS NOT NEW.country OR OLD.kind IS NOT NEW.kind BEGIN
    DELETE FROM event_links
    WHERE (link, type, date_precision, date_value, event_id) IN (
        SELECT 'c:' || OLD.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.actor_id = NEW.id AND OLD.country IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM event_participants o JOIN actors a ON a.id = o.actor_id
                          WHERE o.event_id = e.id AND a.id <> NEW.id AND a.country = OLD.country));
    DELETE FROM event_links
    WHERE (link, type, date_precision, date_value, event_id) IN (
        SELECT 's:' || OLD.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.actor_id = NEW.id AND OLD.country IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM event_participants o JOIN actors a ON a.id = o.actor_id
                          WHERE o.event_id = e.id AND a.id <> NEW.id AND a.country = OLD.country
                            AND a.kind IN ('state', 'institution')));
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 'c:' || NEW.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.actor_id = NEW.id AND NEW.country IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO event_links (link, type, date_precision, date_value, event_id)
        SELECT 's:' || NEW.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.actor_id = NEW.id AND NEW.country IS NOT NULL AND NEW.kind IN ('state', 'institution')
        ON CONFLICT DO NOTHING;
END;
