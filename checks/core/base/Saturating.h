//===--- Saturating.h - stallcheck -----------------------------*- C++ -*-===//
//
// Arithmetic on operation counts that saturates at UINT64_MAX instead of
// wrapping: a loop of 10^12 iterations of 10^9 operations is "too much",
// never a small number. Used by the catalogue's work costs and the loop
// cost model.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_SATURATING_H
#define STALLCHECK_CORE_SATURATING_H

#include <cstdint>
#include <limits>

namespace clang::tidy::stall {

/// The saturated count.
inline constexpr std::uint64_t SaturatedCount =
    std::numeric_limits<std::uint64_t>::max();

/// a * b, saturating at UINT64_MAX.
inline std::uint64_t saturatingMultiply(std::uint64_t A, std::uint64_t B) {
  if (A != 0 && B > SaturatedCount / A)
    return SaturatedCount;
  return A * B;
}

/// a + b, saturating at UINT64_MAX.
inline std::uint64_t saturatingAdd(std::uint64_t A, std::uint64_t B) {
  return B > SaturatedCount - A ? SaturatedCount : A + B;
}

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_SATURATING_H
