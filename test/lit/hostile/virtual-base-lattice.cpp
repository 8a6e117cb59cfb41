// A lattice of virtual bases, 12 levels of 3 classes each, and asio::post
// to an object of the most derived class: deciding where the handler runs
// asks whether that class derives from an executor type. The inheritance
// paths number 3^12; the classes, 37. Each class is now visited once (the
// walk went down every path, once per executor rule: at 17 levels 80 s of
// CPU against 23 s for -fsyntax-only; now 1.06x -fsyntax-only, measured by
// hand, as tests measure no time). This test keeps the answers right.
// RUN: %stallcheck --checks='-*,stall-*' %s -- %mock_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

struct Level0 {};
struct A1 : virtual Level0 {};
struct B1 : virtual Level0 {};
struct C1 : virtual Level0 {};
struct Level1 : A1, B1, C1 {};
struct A2 : virtual Level1 {};
struct B2 : virtual Level1 {};
struct C2 : virtual Level1 {};
struct Level2 : A2, B2, C2 {};
struct A3 : virtual Level2 {};
struct B3 : virtual Level2 {};
struct C3 : virtual Level2 {};
struct Level3 : A3, B3, C3 {};
struct A4 : virtual Level3 {};
struct B4 : virtual Level3 {};
struct C4 : virtual Level3 {};
struct Level4 : A4, B4, C4 {};
struct A5 : virtual Level4 {};
struct B5 : virtual Level4 {};
struct C5 : virtual Level4 {};
struct Level5 : A5, B5, C5 {};
struct A6 : virtual Level5 {};
struct B6 : virtual Level5 {};
struct C6 : virtual Level5 {};
struct Level6 : A6, B6, C6 {};
struct A7 : virtual Level6 {};
struct B7 : virtual Level6 {};
struct C7 : virtual Level6 {};
struct Level7 : A7, B7, C7 {};
struct A8 : virtual Level7 {};
struct B8 : virtual Level7 {};
struct C8 : virtual Level7 {};
struct Level8 : A8, B8, C8 {};
struct A9 : virtual Level8 {};
struct B9 : virtual Level8 {};
struct C9 : virtual Level8 {};
struct Level9 : A9, B9, C9 {};
struct A10 : virtual Level9 {};
struct B10 : virtual Level9 {};
struct C10 : virtual Level9 {};
struct Level10 : A10, B10, C10 {};
struct A11 : virtual Level10 {};
struct B11 : virtual Level10 {};
struct C11 : virtual Level10 {};
struct Level11 : A11, B11, C11 {};
struct A12 : virtual Level11 {};
struct B12 : virtual Level11 {};
struct C12 : virtual Level11 {};
struct Level12 : A12, B12, C12 {};

void run(boost::asio::io_context &io, Level12 &lattice) {
  // Where does a handler posted to the lattice run? Not an executor type
  // the catalogue knows, through any of its bases: unknown, so silent.
  boost::asio::post(lattice, [] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  // The lattice is not an executor: the handler's context is the
  // io_context's, by the first argument.
  boost::asio::post(io, [&lattice] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    (void)lattice;
  });
}
