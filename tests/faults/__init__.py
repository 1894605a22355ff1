"""Network fault injection for FieldDesk's vendor HTTP layer and sync engine."""
