"""Qt item models, one file per model: `base` (SqlTableModel, paged over the cache), `memory` (small in-memory
tables), `clients`, `appliances`, `outbox`. Import each from its module: a pane loads only the models it shows."""
