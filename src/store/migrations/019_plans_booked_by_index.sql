-- Schema version 19: on a clinic server, the triggers keeping plans.booked (steps 8 and 9) are
-- written so that the server always reaches a request's appointments through their plan index,
-- whatever its statistics say, and an appointment inserted marks its request booked without
-- counting its appointments again (docs/performance.md). SQLite's triggers do not change.
{{PLANS_BOOKED_BY_INDEX}}
