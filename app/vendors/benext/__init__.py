"""myBeNext (BeNext smart-home API v1): climate controllers, products, properties, history and energy entries,
availability and failures, through one generic resource client."""
