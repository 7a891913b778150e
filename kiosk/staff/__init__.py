"""Staff mode's core: the staff PIN and its lockout (the screens live in the UI)."""
