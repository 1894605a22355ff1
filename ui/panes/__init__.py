"""The main window's panes: each a view over an item model fed by the FieldDesk services."""
