// The project's own header, passed with -isystem by its build (as some
// projects' CMake does with target_include_directories(... SYSTEM ...)).
#pragma once
#include <string>

namespace server {
// Defined in src/session.cpp: reads the session file under a lock.
std::string load_session(const std::string &id);
// Defined in src/session.cpp: formats in memory.
std::string session_key(const std::string &id);
// Defined inline here: a system header's body is not followed.
inline int inline_helper() { return 1; }
} // namespace server
