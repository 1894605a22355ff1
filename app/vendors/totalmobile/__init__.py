"""Totalmobile Connect: appointment availability by planning window, booking and re-appointing, the booking
summary, sales orders with their job codes, customers (document v1.34, `vendor-docs/totalmobile-connect-api.txt`)."""
