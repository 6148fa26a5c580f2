"""Co-production: the group's own work made visible and accessible.

Feedback forms and their results, "you said, we did", the actions of every meeting on one page,
printed review copies for the group's checkers, and warnings when a meeting's information is
not ready in time. Kept light: the document loader imports :mod:`.schemas` from here.
"""
