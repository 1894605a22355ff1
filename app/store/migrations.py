"""Schema migrations, in order. Never edit a released step: add a new one at the end of `MIGRATIONS`.

Every step carries the outbox forward untouched: pending and rejected writes survive any upgrade.

Each step is a `Migration` that says whether it is *major* or *minor*; choosing is the one decision an
author makes when adding a step:

- **minor** (`major=False`): the step only adds things an older FieldDesk can ignore while it goes on
  reading *and writing* the cache: a new table, a new index, a new column that is nullable or has a
  DEFAULT (so an older build's INSERTs still work). Nothing the newer build relies on being kept up to
  date by every writer (a stored count, a search table fed by the app) unless a trigger in the same step
  maintains it, since an older build will not.
- **major** (`major=True`): anything else: the step changes what existing code reads or writes (renames,
  drops, new NOT NULL columns without a default, rewritten data, a derived value the app must maintain).

`PRAGMA user_version` holds `(major << 16) | minor` (see `app.store.db.SchemaVersion`): `major` is the
number of major steps applied, `minor` the number of minor steps applied after the last major one. When
FieldDesk opens a cache:

- the same major and an older (or equal) minor: the missing steps run, after a backup copy of the file;
- the same major and a *newer* minor (written by a newer FieldDesk): the cache opens as it is, read-write,
  without migrating; the newer build's additions are ignored and kept;
- an older major: the missing steps run, after a backup copy of the file;
- a *newer* major: FieldDesk refuses to open it (StoreError) and changes nothing in the file; the queued
  writes in it wait for a FieldDesk that understands it.

A `user_version` below 65536 is the numbering used before this rule: N means "the first N steps applied".
Such a cache is read as it is and only rewritten in the new form when a step runs on it.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    """One schema step: SQL statements run in one transaction, and whether older builds must refuse the result."""

    statements: list[str]
    major: bool

# Version 1: clients and appliances from Pro+, the outbox of queued writes, sync bookkeeping.
_V1 = [
    """CREATE TABLE clients (
        local_id TEXT PRIMARY KEY,
        proplus_id INTEGER UNIQUE,
        third_party_id TEXT UNIQUE,
        name TEXT NOT NULL,
        region TEXT,
        address TEXT NOT NULL DEFAULT '',
        house_no TEXT NOT NULL DEFAULT '',
        post_bus TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,            -- the client as FieldDesk shows it (vendor fields, JSON)
        server_data TEXT,              -- the client as the vendor last sent it (NULL: never pulled)
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX clients_name ON clients(name COLLATE NOCASE)",
    """CREATE TABLE appliances (
        local_id TEXT PRIMARY KEY,
        client_local_id TEXT NOT NULL REFERENCES clients(local_id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL CHECK (kind IN ('heating', 'cooling')),
        proplus_id INTEGER,
        third_party_id TEXT,
        name TEXT NOT NULL,
        region TEXT,
        make TEXT NOT NULL DEFAULT '',
        year TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL
    )""",
    "CREATE INDEX appliances_client ON appliances(client_local_id, position)",
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor TEXT NOT NULL,
        operation TEXT NOT NULL,
        record_key TEXT NOT NULL,        -- the record this write changes; writes replay in order per record
        idempotency_key TEXT NOT NULL UNIQUE,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX outbox_record ON outbox(vendor, record_key, id)",
    """CREATE TABLE sync_state (
        vendor TEXT PRIMARY KEY,
        last_success_at TEXT,
        last_attempt_at TEXT,
        last_error TEXT
    )""",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

# Version 2: three-way merge needs the version each edit was made on (its base), field conflicts the
# user resolves, and a retry schedule per write. Existing outbox rows keep everything they had.
_V2 = [
    "ALTER TABLE outbox ADD COLUMN base TEXT",
    "ALTER TABLE outbox ADD COLUMN next_attempt_at REAL NOT NULL DEFAULT 0",
    """CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_key TEXT NOT NULL,
        field_path TEXT NOT NULL,
        local_value TEXT,               -- JSON
        server_value TEXT,              -- JSON
        created_at TEXT NOT NULL,
        UNIQUE (record_key, field_path)
    )""",
    "ALTER TABLE sync_state ADD COLUMN paused_reason TEXT",
    # The clients pane lists 100,000 clients at start-up: a stored count beats a subquery per row.
    "ALTER TABLE clients ADD COLUMN appliance_count INTEGER NOT NULL DEFAULT 0",
    """UPDATE clients SET appliance_count =
         (SELECT COUNT(*) FROM appliances a WHERE a.client_local_id = clients.local_id)""",
    # Covering index: the pane's list is read from the index alone, without touching the JSON columns.
    """CREATE INDEX clients_list ON clients(name COLLATE NOCASE, local_id, city, postal_code, phone, email, region,
                                           appliance_count, address, house_no, proplus_id)""",
]

# Version 3: a vendor-neutral core.
# - record_links: which vendor record (vendor, entity, remote id, remote version) a local record is; identity
#   lookups go through it, so a client is no longer tied to a Pro+ column.
# - conflicts name their vendor and entity: one list for every vendor.
# - sync_cursors: where each resource's next pull starts.
# - clients get a stable integer rowid (an INTEGER PRIMARY KEY survives VACUUM) for clients_fts, an FTS5
#   trigram index over the searchable fields kept current by triggers: the pane filters with it.
# - client_rows: a narrow copy of what the clients pane lists (no JSON), kept current by triggers, with the
#   pane's sort indexes (app.store.tables reads it).
# Rebuilding clients runs with foreign keys off (Store._migrate), so the appliances are untouched.
_V3 = [
    """CREATE TABLE record_links (
        vendor TEXT NOT NULL,
        entity TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        remote_version TEXT,
        PRIMARY KEY (vendor, entity, remote_id),
        UNIQUE (vendor, entity, local_id)
    )""",
    """INSERT INTO record_links (vendor, entity, remote_id, local_id)
       SELECT 'proplus', 'client', CAST(proplus_id AS TEXT), local_id FROM clients WHERE proplus_id IS NOT NULL""",
    """CREATE TABLE conflicts_v3 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_key TEXT NOT NULL,
        field_path TEXT NOT NULL,
        local_value TEXT,               -- JSON
        server_value TEXT,              -- JSON
        created_at TEXT NOT NULL,
        UNIQUE (vendor, entity, record_key, field_path)
    )""",
    """INSERT INTO conflicts_v3 (id, vendor, entity, record_key, field_path, local_value, server_value, created_at)
       SELECT id, 'proplus', 'client', record_key, field_path, local_value, server_value, created_at FROM conflicts""",
    "DROP TABLE conflicts",
    "ALTER TABLE conflicts_v3 RENAME TO conflicts",
    """CREATE TABLE sync_cursors (
        vendor TEXT NOT NULL,
        resource TEXT NOT NULL,
        cursor TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor, resource)
    )""",
    """CREATE TABLE clients_v3 (
        id INTEGER PRIMARY KEY,
        local_id TEXT NOT NULL UNIQUE,
        proplus_id INTEGER,
        third_party_id TEXT UNIQUE,
        name TEXT NOT NULL,
        region TEXT,
        address TEXT NOT NULL DEFAULT '',
        house_no TEXT NOT NULL DEFAULT '',
        post_bus TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,
        server_data TEXT,
        updated_at TEXT NOT NULL,
        appliance_count INTEGER NOT NULL DEFAULT 0
    )""",
    """INSERT INTO clients_v3 (local_id, proplus_id, third_party_id, name, region, address, house_no, post_bus, city,
                              postal_code, phone, email, data, server_data, updated_at, appliance_count)
       SELECT local_id, proplus_id, third_party_id, name, region, address, house_no, post_bus, city, postal_code,
              phone, email, data, server_data, updated_at, appliance_count FROM clients ORDER BY name, local_id""",
    "DROP TABLE clients",
    "ALTER TABLE clients_v3 RENAME TO clients",
    "CREATE INDEX clients_name ON clients(name COLLATE NOCASE, local_id)",
    # client_rows: the columns the clients pane shows and filters, one narrow row per client (no JSON), kept by
    # the triggers below. The pane's sort indexes live here: walking one and testing each row (LIKE) reads a
    # ~100-byte row instead of a client's JSON, and sorting a few FTS hits looks them up in a small table.
    """CREATE TABLE client_rows (
        id INTEGER PRIMARY KEY,         -- clients.id (and clients_fts.rowid)
        local_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT NOT NULL,
        region TEXT,
        appliance_count INTEGER NOT NULL,
        address TEXT NOT NULL,
        house_no TEXT NOT NULL,
        proplus_id INTEGER,
        -- the searched fields in one lower-cased text (unit separators between them, so a match never spans
        -- two fields): a word too short for the trigram index costs one LIKE a row instead of six
        haystack TEXT NOT NULL DEFAULT ''
    )""",
    """INSERT INTO client_rows (id, local_id, name, city, postal_code, phone, email, region, appliance_count, address,
                               house_no, proplus_id, haystack)
       SELECT id, local_id, name, city, postal_code, phone, email, region, appliance_count, address, house_no,
              proplus_id, lower(name || char(31) || city || char(31) || postal_code || char(31) || phone
                                || char(31) || email || char(31) || address) FROM clients""",
    "CREATE INDEX client_rows_name ON client_rows(name COLLATE NOCASE, local_id)",
    "CREATE INDEX client_rows_city ON client_rows(city COLLATE NOCASE, name COLLATE NOCASE)",
    "CREATE INDEX client_rows_postal_code ON client_rows(postal_code, name COLLATE NOCASE)",
    """CREATE TRIGGER client_rows_insert AFTER INSERT ON clients BEGIN
         INSERT INTO client_rows (id, local_id, name, city, postal_code, phone, email, region, appliance_count,
                                  address, house_no, proplus_id, haystack)
         VALUES (new.id, new.local_id, new.name, new.city, new.postal_code, new.phone, new.email, new.region,
                 new.appliance_count, new.address, new.house_no, new.proplus_id,
                 lower(new.name || char(31) || new.city || char(31) || new.postal_code || char(31) || new.phone
                       || char(31) || new.email || char(31) || new.address));
       END""",
    """CREATE TRIGGER client_rows_delete AFTER DELETE ON clients BEGIN
         DELETE FROM client_rows WHERE id = old.id;
       END""",
    """CREATE TRIGGER client_rows_update AFTER UPDATE OF id, local_id, name, city, postal_code, phone, email, region,
                                                      appliance_count, address, house_no, proplus_id ON clients
       -- A pull rewrites every client; only rows whose shown values changed cost an update here.
       WHEN old.id IS NOT new.id OR old.local_id IS NOT new.local_id OR old.name IS NOT new.name
         OR old.city IS NOT new.city OR old.postal_code IS NOT new.postal_code OR old.phone IS NOT new.phone
         OR old.email IS NOT new.email OR old.region IS NOT new.region
         OR old.appliance_count IS NOT new.appliance_count OR old.address IS NOT new.address
         OR old.house_no IS NOT new.house_no OR old.proplus_id IS NOT new.proplus_id
       BEGIN
         UPDATE client_rows SET id = new.id, local_id = new.local_id, name = new.name, city = new.city,
                                postal_code = new.postal_code, phone = new.phone, email = new.email,
                                region = new.region, appliance_count = new.appliance_count,
                                address = new.address, house_no = new.house_no, proplus_id = new.proplus_id,
                                haystack = lower(new.name || char(31) || new.city || char(31) || new.postal_code
                                                 || char(31) || new.phone || char(31) || new.email || char(31)
                                                 || new.address)
         WHERE id = old.id;
       END""",
    """CREATE VIRTUAL TABLE clients_fts USING fts5(
        name, city, postal_code, phone, email, address,
        content='clients', content_rowid='id', tokenize='trigram')""",
    "INSERT INTO clients_fts (clients_fts) VALUES ('rebuild')",
    # While 'clients_fts.stale' is in meta (a first bulk pull), the index is not kept row by row: it is rebuilt in
    # one pass at the end (app.store.clients.search_index_bulk), about ten times cheaper per client.
    """CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients
       WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'clients_fts.stale') BEGIN
         INSERT INTO clients_fts (rowid, name, city, postal_code, phone, email, address)
         VALUES (new.id, new.name, new.city, new.postal_code, new.phone, new.email, new.address);
       END""",
    """CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients
       WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'clients_fts.stale') BEGIN
         INSERT INTO clients_fts (clients_fts, rowid, name, city, postal_code, phone, email, address)
         VALUES ('delete', old.id, old.name, old.city, old.postal_code, old.phone, old.email, old.address);
       END""",
    """CREATE TRIGGER clients_fts_update AFTER UPDATE OF name, city, postal_code, phone, email, address ON clients
       -- Re-indexing costs ~150 us a client: only when a searched value changed, not on every pull's rewrite.
       WHEN (old.name IS NOT new.name OR old.city IS NOT new.city OR old.postal_code IS NOT new.postal_code
         OR old.phone IS NOT new.phone OR old.email IS NOT new.email OR old.address IS NOT new.address)
         AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'clients_fts.stale')
       BEGIN
         INSERT INTO clients_fts (clients_fts, rowid, name, city, postal_code, phone, email, address)
         VALUES ('delete', old.id, old.name, old.city, old.postal_code, old.phone, old.email, old.address);
         INSERT INTO clients_fts (rowid, name, city, postal_code, phone, email, address)
         VALUES (new.id, new.name, new.city, new.postal_code, new.phone, new.email, new.address);
       END""",
]

# Version 4 (minor: a new table an older build ignores): Pro+ work orders. Pro+ has no "list work orders" call, so
# FieldDesk keeps every work order it created or fetched; the open ones are refreshed with get-wo at each sync
# and by the work-order webhook. The external id is a work order's identity (unique here, as FieldDesk sends it).
_V4 = [
    """CREATE TABLE work_orders (
        local_id TEXT PRIMARY KEY,
        proplus_id INTEGER,                -- NULL while the create waits in the outbox
        external_id TEXT NOT NULL UNIQUE,
        external_name TEXT NOT NULL DEFAULT '',
        wo_number TEXT,
        execution_date TEXT,               -- YYYY-MM-DD
        start_time TEXT,                   -- HH:MM
        client_id INTEGER,
        heating_appliance_id INTEGER,
        cooling_appliance_id INTEGER,
        appliance_group INTEGER,           -- 1 heating, 2 cooling
        certification_type TEXT,
        certification_language TEXT,
        contracting_company INTEGER,
        technician_id INTEGER,
        status TEXT,                       -- as Pro+ sends it (the document names no values)
        comments TEXT,
        certificate_id TEXT,               -- the certificate's PDF, JSON and VAT document ids (webhook, get-wo)
        json_id TEXT,
        vat_id TEXT,
        deleting INTEGER NOT NULL DEFAULT 0,  -- 1 while a delete waits in the outbox
        data TEXT NOT NULL,                -- the work order as Pro+ last sent it, else as it was queued (JSON)
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX work_orders_proplus_id ON work_orders(proplus_id)",
    # A work order names its client and appliance by Pro+ id: the list shows their names.
    "CREATE INDEX IF NOT EXISTS clients_proplus_id ON clients(proplus_id)",
    "CREATE INDEX IF NOT EXISTS appliances_proplus_id ON appliances(proplus_id, kind)",
]

# Version 5 (minor): Pro+ technicians and measuring devices. Their Pro+ ids are in record_links (entities
# "technician", "device"); a technician's external id is its identity at Pro+ (create-technician adds or updates
# by it).
_STAFF = [
    """CREATE TABLE technicians (
        local_id TEXT PRIMARY KEY,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,            -- the technician as FieldDesk shows it (JSON, app.vendors.proplus.staff)
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE devices (
        local_id TEXT PRIMARY KEY,
        serial_number TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,            -- the device without its assignments (JSON)
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE device_assignments (
        device_local_id TEXT NOT NULL REFERENCES devices(local_id) ON DELETE CASCADE,
        technician_id INTEGER NOT NULL,  -- the technician's Pro+ id
        associated_on TEXT,
        removed_on TEXT,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX device_assignments_by_device ON device_assignments (device_local_id)",
    "CREATE INDEX device_assignments_by_technician ON device_assignments (technician_id)",
]

# Version 6 (minor: indexes only): the clients table's sort indexes carry the lower-cased haystack, so a filter
# word walked in sort order (one or two letters, or a word most rows hold) is tested on the index entry alone;
# only the matching rows are read from the table. A two-letter word that matches nothing walks 100,000 clients in
# ~13 ms instead of ~130 ms. The rowid is spelled out where the order ends with it (city, postal code), so the index
# gives the whole order.
_COVERING_SORT_INDEXES = [
    "DROP INDEX client_rows_name",
    "DROP INDEX client_rows_city",
    "DROP INDEX client_rows_postal_code",
    "CREATE INDEX client_rows_name ON client_rows(name COLLATE NOCASE, local_id, haystack)",
    "CREATE INDEX client_rows_city ON client_rows(city COLLATE NOCASE, name COLLATE NOCASE, id, haystack)",
    "CREATE INDEX client_rows_postal_code ON client_rows(postal_code, name COLLATE NOCASE, id, haystack)",
]

# Version 7, Totalmobile Connect (minor: new tables an older build ignores): the planner's cache. Planning windows;
# the last availability answer per query (order, week, weeks, weekends, resource, visit) with its fetch time, shown
# stale offline; sales orders FieldDesk created or fetched (the order number is their identity at Connect; Connect's
# internal order id is a record link); visits from the booking summary.
_TOTALMOBILE = [
    """CREATE TABLE tm_planning_windows (
        id INTEGER PRIMARY KEY,        -- Connect's PlanningWindow.Id
        name TEXT NOT NULL,
        start TEXT NOT NULL,           -- HH:MM
        "end" TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE tm_availability (
        query TEXT PRIMARY KEY,        -- app.domain.planner.SlotQuery.key()
        order_number TEXT NOT NULL,
        grid TEXT NOT NULL,            -- JSON: the grid as `slots show --json` prints it
        fetched_at TEXT NOT NULL
    )""",
    "CREATE INDEX tm_availability_order ON tm_availability(order_number, fetched_at)",
    """CREATE TABLE tm_orders (
        local_id TEXT PRIMARY KEY,
        order_number TEXT NOT NULL UNIQUE, -- PrimaryOrderNumber
        contract TEXT,
        property_id TEXT,              -- Customer.ExternalId
        customer_name TEXT,
        address TEXT,
        priority TEXT,
        target_date TEXT,
        job_description TEXT,
        status INTEGER,                -- OrderStatus (11: cancelled)
        cancel_reason TEXT,
        data TEXT NOT NULL,            -- the order as Connect last sent it, else as it was queued (JSON)
        fetched_at TEXT,               -- NULL: never read from Connect
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE tm_visits (
        visit_id TEXT PRIMARY KEY,     -- VisitExternalId
        order_number TEXT NOT NULL,
        property_id TEXT,
        status TEXT,                   -- VisitStatus name
        result_type TEXT,              -- VisitResultType name
        window_start TEXT,
        window_end TEXT,
        resource TEXT,
        instructions TEXT,
        data TEXT NOT NULL,            -- the Appointment as Connect sent it (JSON)
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX tm_visits_order ON tm_visits(order_number, window_start)",
    "CREATE INDEX tm_visits_property ON tm_visits(property_id, window_start)",
]

# Version 8 (minor): heat pumps (Podero) and climate data (myBeNext). New tables only, so an older build ignores them.
# A heat pump's Podero id is in record_links (entity "heat_pump"); climate rows are myBeNext's own records (products,
# properties, failures by their myBeNext ids). History is stored compactly: one row per series and day holding that
# day's points as packed arrays (`history_chunks`); `history_coverage` says which ranges were fetched, so a known
# range opens offline and a refresh fetches only what is missing.
_HEATPUMPS = [
    """CREATE TABLE heat_pumps (
        local_id TEXT PRIMARY KEY,
        origin TEXT NOT NULL DEFAULT 'pulled' CHECK (origin IN ('pulled', 'registered')),
        manufacturer TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        connection_status TEXT NOT NULL DEFAULT 'unknown',
        monitoring_status TEXT NOT NULL DEFAULT 'unknown',
        steering_status TEXT NOT NULL DEFAULT 'unknown',
        severity INTEGER NOT NULL DEFAULT 2,     -- 0 error, 1 warning, 2 unknown, 3 ok (the worst of the three)
        state_updated_at TEXT,                   -- when the pump last reported its state (Podero's time)
        consumption_updated_at TEXT,
        authorization_url TEXT,
        embeddable_url TEXT,
        data TEXT NOT NULL,                      -- the pump as Podero last answered, else the queued register body
        fetched_at TEXT,                         -- when FieldDesk last read it from Podero (NULL: not yet)
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX heat_pumps_order ON heat_pumps(severity, manufacturer, model)",
    """CREATE TABLE climate_controllers (
        product INTEGER PRIMARY KEY,             -- myBeNext's product id
        name TEXT NOT NULL DEFAULT '',
        datatype INTEGER,
        temperature REAL,
        setpoint REAL,
        mode INTEGER,
        scheduletype INTEGER,
        heatdemand INTEGER,
        valvestatus INTEGER,
        synchronised INTEGER,
        controllable INTEGER,
        awaiting_device INTEGER NOT NULL DEFAULT 0,  -- a set point was accepted; the device has not confirmed it
        availability TEXT,                       -- available | retrying | unreachable (latest report)
        availability_at TEXT,
        data TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    )""",
    """CREATE TABLE climate_properties (
        property INTEGER PRIMARY KEY,            -- myBeNext's property id
        product INTEGER NOT NULL,
        datatype INTEGER,
        name TEXT NOT NULL DEFAULT '',
        product_name TEXT NOT NULL DEFAULT '',
        value TEXT,
        updated TEXT
    )""",
    "CREATE INDEX climate_properties_product ON climate_properties(product, datatype)",
    """CREATE TABLE climate_failures (
        failure INTEGER PRIMARY KEY,             -- myBeNext's failure id (the latest per product)
        failuretype TEXT,
        resource INTEGER,
        status TEXT,
        timestamp TEXT,
        data TEXT NOT NULL
    )""",
    """CREATE TABLE history_series (
        id INTEGER PRIMARY KEY,
        vendor TEXT NOT NULL,
        kind TEXT NOT NULL,                      -- historyentries | energyentries
        property INTEGER NOT NULL,
        UNIQUE (vendor, kind, property)
    )""",
    # One row per series and UTC day: the day's times (uint32 Unix seconds; evenly spaced ones as first time and
    # step) and values (float64, NaN for none) as little-endian arrays: about 9 bytes a point in the file, and a
    # chart reads a year as 365 rows.
    """CREATE TABLE history_chunks (
        series INTEGER NOT NULL,
        day INTEGER NOT NULL,                    -- Unix seconds // 86400
        times BLOB NOT NULL,
        vals BLOB NOT NULL,
        PRIMARY KEY (series, day)
    )""",
    """CREATE TABLE history_coverage (
        series INTEGER NOT NULL,
        begin_t INTEGER NOT NULL,                -- [begin_t, end_t) was fetched completely
        end_t INTEGER NOT NULL,
        PRIMARY KEY (series, begin_t)
    ) WITHOUT ROWID""",
]

# Version 9 (minor: a nullable column an older build ignores): a queued write's summary as a template and its values
# (JSON), so the window shows it in the user's language; `summary` keeps the English text the command line prints.
_SUMMARY_TEMPLATES = [
    "ALTER TABLE outbox ADD COLUMN summary_template TEXT",
]

# Version 10 (minor: a trigger an older build's writes go through unchanged): while 'client_rows.stale' is in meta
# (a first bulk pull, as for clients_fts), inserted clients are not copied into client_rows row by row: the table is
# rebuilt in one pass at the end (app.store.clients.search_index_bulk). Per row, the copy updated four indexes at
# random places, and every batch's commit wrote those pages again: ~1.5 s of a 20,000-client pull, against ~0.3 s
# for the one pass. An older build never sets the flag, so for it the trigger works as before; a cache a newer
# build's bulk pull left stale (killed half way) lists only part of its clients there until a newer build heals it.
_CLIENT_ROWS_BULK = [
    "DROP TRIGGER client_rows_insert",
    """CREATE TRIGGER client_rows_insert AFTER INSERT ON clients
       WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'client_rows.stale') BEGIN
         INSERT INTO client_rows (id, local_id, name, city, postal_code, phone, email, region, appliance_count,
                                  address, house_no, proplus_id, haystack)
         VALUES (new.id, new.local_id, new.name, new.city, new.postal_code, new.phone, new.email, new.region,
                 new.appliance_count, new.address, new.house_no, new.proplus_id,
                 lower(new.name || char(31) || new.city || char(31) || new.postal_code || char(31) || new.phone
                       || char(31) || new.email || char(31) || new.address));
       END""",
]

# Version 11 (minor: a nullable column an older build never reads): why a vendor is paused as a translatable text
# (app.i18n.Text as JSON) beside the English `paused_reason`, so the window says it in the user's language.
_PAUSE_TEMPLATES = [
    "ALTER TABLE sync_state ADD COLUMN paused_template TEXT",
]

# Version 13 (minor: a column an older build leaves alone): why a write failed, as a translatable text beside its
# English `last_error`. An older build rewrites `last_error` only; the text is used only while it still says the same.
_LAST_ERROR_TEMPLATES = [
    "ALTER TABLE outbox ADD COLUMN last_error_template TEXT",
]

# Version 12 (minor: an index, which an older build's writes keep current): the clients pane's sort terms keyed by
# id. A filter with a few thousand FTS hits sorts them by reading each hit's sort keys: from this ~6 MB index (~70
# entries a page, in id order as the hits come) instead of client_rows' ~25 MB of rows, a search touches about half
# the pages and each is smaller: over 100,000 clients "gent" (2,400 hits) costs ~4 ms instead of ~8 ms on the first
# search of a session, and sorting 5,000 hits costs what 2,500 did. Only the page's rows are read from client_rows.
_CLIENT_ROWS_KEYS = [
    "CREATE INDEX client_rows_keys ON client_rows(id, name COLLATE NOCASE, local_id, city COLLATE NOCASE, "
    "postal_code)",
]

# Version 14 (major: what server_data holds changes, and an older build would read the new value as "never pulled",
# then push whole records and merge without a base): a client's server_data may be AS_STORED (app.store.clients),
# meaning the vendor's version is the client as stored, instead of a second copy of it. Nothing to convert: a full
# copy keeps its meaning, and the next pull stores each unchanged client's version as AS_STORED.
_SERVER_DATA_AS_STORED: list[str] = []

# Version 15 (minor: a new table an older build ignores): testresults.io customer accounts (app.store.customers).
# `data` is the customer as FieldDesk shows it (the vendor's fields with the user's queued changes applied),
# `server_data` as testresults.io last sent it (NULL: created here, not sent yet). Its Id and DataVersion are in
# record_links (entity "customer").
_CUSTOMERS = [
    """CREATE TABLE customers (
        local_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        subdomain TEXT NOT NULL DEFAULT '',
        account_number TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        server_data TEXT,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX customers_order ON customers(archived, name COLLATE NOCASE, local_id)",
]

# Version 16 (minor: new tables an older build ignores): Pro+ inspection certificates and their files
# (app.store.certificates). `data` is the certificate as Pro+ sent it (JSON); dates are ISO (Pro+ sends dd-mm-yyyy).
# A file's `path`, `size` and `downloaded_at` say where FieldDesk saved it (NULL: not downloaded); a refetch of the
# certificate keeps them.
_CERTIFICATES = [
    """CREATE TABLE certificates (
        id INTEGER PRIMARY KEY,                  -- Pro+ certificate id
        client_id INTEGER,
        appliance_id INTEGER,
        client_name TEXT NOT NULL DEFAULT '',
        appliance_name TEXT NOT NULL DEFAULT '',
        type TEXT,
        status INTEGER,
        certification_date TEXT,                 -- yyyy-mm-dd
        next_certification_date TEXT,            -- yyyy-mm-dd
        wo_number TEXT,
        data TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    )""",
    "CREATE INDEX certificates_order ON certificates(certification_date DESC, id)",
    """CREATE TABLE certificate_files (
        id INTEGER PRIMARY KEY,                  -- Pro+ file id (what download-certificate takes)
        certificate_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('document', 'image')),
        name TEXT,
        path TEXT,
        size INTEGER,
        downloaded_at TEXT
    )""",
    "CREATE INDEX certificate_files_certificate ON certificate_files(certificate_id)",
]

# Version 17 (minor: a new table an older build ignores): what a user typed into a form and has not saved yet
# (app.store.drafts), kept while they type so a crash, a logout or a power cut loses none of it. One draft per form
# and record: `record_key` is the record's local id, '' for a new record. `state` is the form's own JSON.
_DRAFTS = [
    """CREATE TABLE drafts (
        kind TEXT NOT NULL,
        record_key TEXT NOT NULL,
        title TEXT NOT NULL,
        state TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (kind, record_key)
    )""",
]

MIGRATIONS: list[Migration] = [
    # Step 1 (major): the first schema.
    Migration(_V1, major=True),
    # Step 2 (major): the app maintains clients.appliance_count, which an older build would not keep up to date.
    Migration(_V2, major=True),
    # Step 3 (major): identities move to record_links and conflicts gain vendor/entity; older builds would
    # write neither.
    Migration(_V3, major=True),
    # Step 4 (minor): work orders, a table of its own.
    Migration(_V4, major=False),
    # Step 5 (minor): Pro+ technicians and measuring devices (app.store.staff); new tables an older build ignores.
    Migration(_STAFF, major=False),
    # Step 6 (minor): covering sort indexes for the clients filter; an older build reads them as before.
    Migration(_COVERING_SORT_INDEXES, major=False),
    # Step 7 (minor): Totalmobile Connect's planner cache (app.store.planner); new tables only.
    Migration(_TOTALMOBILE, major=False),
    # Step 8 (minor): heat pumps (Podero) and climate data with its history (myBeNext); new tables only.
    Migration(_HEATPUMPS, major=False),
    # Step 9 (minor): outbox summaries as translatable templates; an older build writes and reads `summary` only.
    Migration(_SUMMARY_TEMPLATES, major=False),
    # Step 10 (minor): a first bulk pull fills client_rows in one pass at its end; older builds' writes keep it.
    Migration(_CLIENT_ROWS_BULK, major=False),
    # Step 11 (minor): pause reasons as translatable texts; an older build writes and reads `paused_reason` only.
    Migration(_PAUSE_TEMPLATES, major=False),
    # Step 12 (minor): the clients pane's sort keys by id, to sort FTS hits (app.store.tables); an index only.
    Migration(_CLIENT_ROWS_KEYS, major=False),
    # Step 13 (minor): why a write failed as a translatable text; an older build writes and reads `last_error` only.
    Migration(_LAST_ERROR_TEMPLATES, major=False),
    # Step 14 (major): a client's vendor version may be "the client as stored" instead of a copy of it.
    Migration(_SERVER_DATA_AS_STORED, major=True),
    # Step 15 (minor): testresults.io customers (app.store.customers); a new table only.
    Migration(_CUSTOMERS, major=False),
    # Step 16 (minor): Pro+ certificates and their files (app.store.certificates); new tables only.
    Migration(_CERTIFICATES, major=False),
    # Step 17 (minor): drafts of unsaved forms (app.store.drafts); a new table only.
    Migration(_DRAFTS, major=False),
]
