// A compiled library's header, passed with -isystem: its functions have no
// definition in the project, so chains stop here, quietly.
#pragma once
namespace compiled {
int query(const char *sql);
} // namespace compiled
