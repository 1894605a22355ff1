"""Dialogs with editable forms (client and appliances, following the Pro+ document)."""

from ui.forms.client_form import ClientFormDialog

__all__ = ["ClientFormDialog"]
