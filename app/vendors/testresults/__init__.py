"""testresults.io customer management: customer accounts (active and archived) with optimistic concurrency.

Every write carries the `DataVersion` it was made on; a stale one is refused (409), and the sync adapter refetches
the customer, merges the user's change into it and sends it again (`app.vendors.testresults.sync`).
"""
