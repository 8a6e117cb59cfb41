//===--- watchdog_asio.hpp - stallcheck runtime watchdog --------*- C++ -*-===//
//
// attachWatchdog(io_context): a watchdog that lives and dies with the
// io_context (an Asio service: destroying the io_context stops it), and
// watches the thread that runs the io_context's first handler. Works with
// Boost.Asio and standalone Asio (include either first); handlers are
// bracketed by <stallcheck/asio_handler_tracking.hpp> or
// <stallcheck/standalone_asio_handler_tracking.hpp>.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_WATCHDOG_ASIO_HPP
#define STALLCHECK_WATCHDOG_ASIO_HPP

#include "stallcheck/watchdog.hpp"
#include <memory>
#include <utility>

namespace stallcheck {
namespace detail {
template <class IoContext> class WatchdogService : public IoContext::service {
public:
  using key_type = WatchdogService;
  static inline typename IoContext::id id;
  explicit WatchdogService(IoContext &Context) : IoContext::service(Context) {}
  void shutdown() override {
    if (Dog)
      Dog->stop();
  }
  std::unique_ptr<Watchdog> Dog;
};
} // namespace detail

/// Attaches a watchdog to \p Context (one per io_context: a second call
/// returns the first), watching the thread that runs its next handler.
template <class IoContext>
Watchdog &
attachWatchdog(IoContext &Context,
               WatchdogOptions Options = WatchdogOptions::fromEnvironment()) {
  auto &Service = use_service<detail::WatchdogService<IoContext>>(Context);
  if (!Service.Dog) {
    Service.Dog = std::make_unique<Watchdog>(std::move(Options));
    Watchdog *Dog = Service.Dog.get();
    post(Context, [Dog] { Dog->watchThisThread(); });
  }
  return *Service.Dog;
}
} // namespace stallcheck

#endif // STALLCHECK_WATCHDOG_ASIO_HPP
