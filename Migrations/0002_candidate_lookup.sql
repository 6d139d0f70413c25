-- diplo store schema, version 2: an index for clustering's candidate lookup.
--
-- Finding the stored events an extracted event may join (EventClustering.candidates) scans events of
-- the same type whose dates may overlap. Day-precise events (most of them) have a one-day span, month
-- events at most a month, year events at most a year, so the lookup probes each precision with its
-- own date range; this index serves the three probes. Without it, every lookup scanned two years of
-- events of a type, and imports slowed down as the store grew.
CREATE INDEX events_type_precision_date ON events(type, date_precision, date_value);
