"""Administration of user accounts and API clients."""
