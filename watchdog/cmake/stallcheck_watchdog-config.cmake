include(CMakeFindDependencyMacro)
find_dependency(Threads)
find_dependency(boost_stacktrace_backtrace 1.81 CONFIG)
include("${CMAKE_CURRENT_LIST_DIR}/stallcheck_watchdog-targets.cmake")
# The installed target is named stallcheck_watchdog; the alias matches the
# add_subdirectory() spelling.
if(NOT TARGET stallcheck::watchdog)
  add_library(stallcheck::watchdog ALIAS stallcheck::stallcheck_watchdog)
endif()
