// Heavy loops in completion handlers and posted lambdas, with advice for
// callback code; the Threshold option.
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet \
// RUN:   --config="{CheckOptions: {stall-cpu-heavy-loop.Threshold: 50000000}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --check-prefix=HIGH --implicit-check-not="{{warning|error}}:"
// RUN: %stallcheck --checks='-*,stall-cpu-heavy-loop' --dump-config %s -- | FileCheck %s --check-prefix=DUMP
// DUMP: stall-cpu-heavy-loop.Catalogue: ''
// DUMP: stall-cpu-heavy-loop.ReportSpins: 'true'
// DUMP: stall-cpu-heavy-loop.Threshold: '1000000'
// DUMP: stall-cpu-heavy-loop.WorkerTaskTypes: ''

#include <boost/asio.hpp>

namespace net = boost::asio;

void on_read(net::ip::tcp::socket &socket, char (&data)[64], net::io_context &io) {
  socket.async_read_some(net::buffer(data), [&](net::error_code, std::size_t) {
    unsigned hash = 0;
    for (int round = 0; round < 20'000'000; ++round)
      hash = hash * 31 + static_cast<unsigned>(round);
    // DEFAULT: :[[@LINE-2]]:5: warning: loop runs about 2.0e7 iterations without suspending, stalling the event loop in a lambda
    // DEFAULT: :[[@LINE-3]]:33: note: this loop runs 2.0e7 times: its bound is '20'000'000'
    // DEFAULT: :[[@LINE-6]]:10: note: the lambda is the completion handler of 'boost::asio::basic_stream_socket::async_read_some' here, which runs it on the event loop
    // DEFAULT: :[[@LINE-5]]:5: note: offload it with 'boost::asio::post(pool, work)' on a 'boost::asio::thread_pool', or split it into chunks that re-post the rest with 'boost::asio::post'
    // HIGH-NOT: 2.0e7
  });
  net::post(io, [] {
    long s = 0;
    for (long i = 0; i < 100'000'000; ++i)
      s += i;
    // DEFAULT: :[[@LINE-2]]:5: warning: loop runs about 1.0e8 iterations
    // HIGH: :[[@LINE-3]]:5: warning: loop runs about 1.0e8 iterations
  });
}
