//===--- asio_handler_tracking.hpp - stallcheck runtime watchdog ----------*- C++ -*-===//
//
// Boost.Asio's custom handler tracking for the watchdog: every handler the
// watched loop thread runs is bracketed, nothing else is tracked. Selected
// for the whole program with
//   -DBOOST_ASIO_CUSTOM_HANDLER_TRACKING="<stallcheck/asio_handler_tracking.hpp>"
// which the CMake target stallcheck::watchdog adds as a usage requirement.
// (Every translation unit that includes Boost.Asio should see the same
// definition; one that does not leaves its handlers untracked.)
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_ASIO_HANDLER_TRACKING_HPP
#define STALLCHECK_ASIO_HANDLER_TRACKING_HPP

#include "stallcheck/watchdog.hpp"

#define BOOST_ASIO_INHERIT_TRACKED_HANDLER
#define BOOST_ASIO_ALSO_INHERIT_TRACKED_HANDLER
#define BOOST_ASIO_HANDLER_TRACKING_INIT (void)0
#define BOOST_ASIO_HANDLER_LOCATION(args) (void)0
#define BOOST_ASIO_HANDLER_CREATION(args) (void)0
#define BOOST_ASIO_HANDLER_COMPLETION(args) \
  ::stallcheck::detail::HandlerScope stallcheck_handler_scope
#define BOOST_ASIO_HANDLER_INVOCATION_BEGIN(args) stallcheck_handler_scope.begin()
#define BOOST_ASIO_HANDLER_INVOCATION_END stallcheck_handler_scope.end()
#define BOOST_ASIO_HANDLER_OPERATION(args) (void)0
#define BOOST_ASIO_HANDLER_REACTOR_REGISTRATION(args) (void)0
#define BOOST_ASIO_HANDLER_REACTOR_DEREGISTRATION(args) (void)0
#define BOOST_ASIO_HANDLER_REACTOR_READ_EVENT 1
#define BOOST_ASIO_HANDLER_REACTOR_WRITE_EVENT 2
#define BOOST_ASIO_HANDLER_REACTOR_ERROR_EVENT 4
#define BOOST_ASIO_HANDLER_REACTOR_EVENTS(args) (void)0
#define BOOST_ASIO_HANDLER_REACTOR_OPERATION(args) (void)0

#endif // STALLCHECK_ASIO_HANDLER_TRACKING_HPP
