"""Podero partner API v2.0: heat pumps of one organisation's user (register, status, temperatures, consumption)."""
