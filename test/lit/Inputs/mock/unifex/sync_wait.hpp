// Mock of libunifex's <unifex/sync_wait.hpp>: sync_wait is a customisation
// point object, a constant of a function-object type, that runs the sender
// on a private run loop on the calling thread until it completes.
// Declarations mirror libunifex; bodies are the test's own.
#pragma once
#include <optional>

namespace unifex {
namespace _sync_wait_cpo {
struct _fn {
  template <typename Sender>
  auto operator()(Sender &&sender) const -> std::optional<int> {
    return std::nullopt;
  }
};
} // namespace _sync_wait_cpo
inline constexpr _sync_wait_cpo::_fn sync_wait{};
} // namespace unifex
