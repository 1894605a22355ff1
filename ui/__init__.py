"""FieldDesk's Qt layer: the window, its panes and item models. Reads only app.services."""
