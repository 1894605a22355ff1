"""Dialogs opened from the main window: conflicts, credentials, sync settings."""
